import type { Lang, Template } from '../models';

interface StarterVariant {
  title: string;
  body: string;
  folder: string;
  tags: string[];
}

interface StarterReply {
  key: string;
  /** Shared by both language variants: one shortcut, the language is picked from the comment. */
  abbreviation: string;
  id: StarterVariant;
  en: StarterVariant;
}

const FOLDERS = {
  general: { id: 'Umum', en: 'General' },
  sales: { id: 'Penjualan', en: 'Sales' },
  orders: { id: 'Pesanan & pengiriman', en: 'Orders & shipping' },
  complaints: { id: 'Keluhan', en: 'Complaints' },
  community: { id: 'Komunitas', en: 'Community' },
} as const;

const STARTER_REPLIES: readonly StarterReply[] = [
  {
    key: 'thanks',
    abbreviation: 'thx',
    id: {
      title: 'Terima kasih atas dukungan',
      body: 'Halo Kak {first_name}, terima kasih banyak atas dukungan dan kata-kata baiknya! 🙏 Senang sekali mendengarnya. Ditunggu cerita selanjutnya ya, Kak 😊',
      folder: FOLDERS.general.id,
      tags: ['terima kasih', 'positif'],
    },
    en: {
      title: 'Thanks for the support',
      body: "Hi {first_name}, thank you so much for the kind words and support! 🙏 It really means a lot to us. We can't wait to hear more from you 😊",
      folder: FOLDERS.general.en,
      tags: ['thanks', 'positive'],
    },
  },
  {
    key: 'thanks-short',
    abbreviation: 'ty',
    id: {
      title: 'Terima kasih (singkat)',
      body: 'Makasih banyak, Kak {first_name}! 🙏💕',
      folder: FOLDERS.general.id,
      tags: ['terima kasih', 'singkat'],
    },
    en: {
      title: 'Thanks (short)',
      body: 'Thank you so much, {first_name}! 🙏💕',
      folder: FOLDERS.general.en,
      tags: ['thanks', 'short'],
    },
  },
  {
    key: 'apology',
    abbreviation: 'maaf',
    id: {
      title: 'Permintaan maaf + lanjut di DM',
      body: 'Halo Kak {first_name}, mohon maaf atas ketidaknyamanan yang Kakak alami 🙏 Kami ingin membantu menyelesaikannya secepat mungkin. Boleh ceritakan detailnya lewat DM ya, Kak? Tim kami akan langsung menindaklanjutinya.',
      folder: FOLDERS.complaints.id,
      tags: ['maaf', 'keluhan', 'dm'],
    },
    en: {
      title: 'Apology + continue in DM',
      body: "Hi {first_name}, we're really sorry for the trouble 🙏 We'd like to sort this out as quickly as possible. Could you send us the details by DM? Our team will follow up right away.",
      folder: FOLDERS.complaints.en,
      tags: ['apology', 'complaint', 'dm'],
    },
  },
  {
    key: 'price',
    abbreviation: 'harga',
    id: {
      title: 'Pertanyaan harga & stok',
      body: 'Halo Kak {first_name}, terima kasih sudah bertanya 😊 Harga {?product:Nama produk} saat ini {?price:Harga} dan stoknya masih tersedia. Pemesanan bisa langsung lewat DM atau link di bio kami ya, Kak!',
      folder: FOLDERS.sales.id,
      tags: ['harga', 'stok', 'penjualan'],
    },
    en: {
      title: 'Price & stock question',
      body: "Hi {first_name}, thanks for asking 😊 {?product:Product name} is currently {?price:Price} and still in stock. You can order by DM or through the link in our bio!",
      folder: FOLDERS.sales.en,
      tags: ['price', 'stock', 'sales'],
    },
  },
  {
    key: 'shipping',
    abbreviation: 'kirim',
    id: {
      title: 'Status pengiriman',
      body: 'Halo Kak {first_name}, pesanan Kakak dengan nomor {?order_id:Nomor pesanan} sudah dalam perjalanan 🚚 dan diperkirakan tiba paling lambat {date+3d}. Nomor resinya sudah kami kirim lewat email ya, Kak. Terima kasih sudah menunggu!',
      folder: FOLDERS.orders.id,
      tags: ['pengiriman', 'pesanan'],
    },
    en: {
      title: 'Shipping status',
      body: "Hi {first_name}, your order {?order_id:Order number} is on its way 🚚 and should arrive by {date+3d}. We've emailed you the tracking number. Thanks for your patience!",
      folder: FOLDERS.orders.en,
      tags: ['shipping', 'order'],
    },
  },
  {
    key: 'order-number',
    abbreviation: 'dm',
    id: {
      title: 'Minta nomor pesanan lewat DM',
      body: 'Halo Kak {first_name}, supaya bisa kami cek lebih lanjut, boleh kirimkan nomor pesanan Kakak lewat DM? Kami bantu secepatnya ya 🙏',
      folder: FOLDERS.orders.id,
      tags: ['pesanan', 'dm'],
    },
    en: {
      title: 'Ask for the order number by DM',
      body: "Hi {first_name}, so we can look into this, could you DM us your order number? We'll get on it right away 🙏",
      folder: FOLDERS.orders.en,
      tags: ['order', 'dm'],
    },
  },
  {
    key: 'escalation',
    abbreviation: 'eskalasi',
    id: {
      title: 'Eskalasi keluhan',
      body: 'Halo Kak {first_name}, terima kasih atas masukannya dan mohon maaf atas pengalaman yang kurang menyenangkan 🙏 Keluhan Kakak sudah kami teruskan ke tim terkait sebagai prioritas, dan kami akan memberi kabar paling lambat {day+1d}, {date+1d}.\n\nSalam, {agent|Tim Layanan Pelanggan}',
      folder: FOLDERS.complaints.id,
      tags: ['eskalasi', 'keluhan', 'prioritas'],
    },
    en: {
      title: 'Complaint escalation',
      body: "Hi {first_name}, thank you for letting us know, and again, we're sorry about your experience 🙏 We've passed this on to the team in charge as a priority, and you'll hear from us by {day+1d}, {date+1d}.\n\nBest regards, {agent|Customer Care Team}",
      folder: FOLDERS.complaints.en,
      tags: ['escalation', 'complaint', 'priority'],
    },
  },
  {
    key: 'after-hours',
    abbreviation: 'tutup',
    id: {
      title: 'Di luar jam operasional',
      body: '{greeting}, Kak {first_name}! Terima kasih sudah menghubungi {brand|kami}. Saat ini kami sedang di luar jam operasional. Pesan Kakak sudah kami terima dan akan kami balas secepatnya pada jam kerja berikutnya ya 🙏',
      folder: FOLDERS.general.id,
      tags: ['jam kerja', 'di luar jam'],
    },
    en: {
      title: 'Outside working hours',
      body: "Hi {first_name}, thanks for reaching out to {brand|us}! We're currently outside our working hours. We've received your message and will get back to you as soon as we're back 🙏",
      folder: FOLDERS.general.en,
      tags: ['working hours', 'away'],
    },
  },
  {
    key: 'welcome',
    abbreviation: 'welcome',
    id: {
      title: 'Sambutan pengikut baru',
      body: 'Halo Kak {first_name}, selamat datang dan terima kasih sudah mengikuti {brand|kami}! 🎉 Nantikan info promo dan konten seru lainnya ya. Kalau ada pertanyaan, jangan ragu kirim DM 😊',
      folder: FOLDERS.community.id,
      tags: ['sambutan', 'pengikut baru'],
    },
    en: {
      title: 'Welcome a new follower',
      body: 'Hi {first_name}, welcome and thanks for following {brand|us}! 🎉 Stay tuned for offers and more great content. If you have any questions, feel free to send us a DM 😊',
      folder: FOLDERS.community.en,
      tags: ['welcome', 'new follower'],
    },
  },
  {
    key: 'link-in-bio',
    abbreviation: 'info',
    id: {
      title: 'Info lengkap di link bio',
      body: 'Halo Kak {first_name}! Info lengkapnya bisa dicek lewat link di bio kami ya 😊 Kalau masih ada yang ingin ditanyakan, langsung DM saja.',
      folder: FOLDERS.sales.id,
      tags: ['info', 'link bio'],
    },
    en: {
      title: 'Details in the link in bio',
      body: "Hi {first_name}! You'll find all the details through the link in our bio 😊 If you still have questions, just send us a DM.",
      folder: FOLDERS.sales.en,
      tags: ['info', 'link in bio'],
    },
  },
  {
    key: 'follow-up',
    abbreviation: 'cek',
    id: {
      title: 'Memastikan kendala sudah teratasi',
      body: 'Halo Kak {first_name}, kami ingin memastikan kendala yang Kakak alami sudah teratasi. Kalau masih ada yang kurang, kabari kami ya, Kak. Terima kasih atas kesabarannya 🙏',
      folder: FOLDERS.complaints.id,
      tags: ['tindak lanjut', 'keluhan'],
    },
    en: {
      title: 'Check the issue is resolved',
      body: "Hi {first_name}, we just wanted to check that the issue you had has been resolved. If anything still isn't right, let us know. Thanks for your patience 🙏",
      folder: FOLDERS.complaints.en,
      tags: ['follow-up', 'complaint'],
    },
  },
];

/** Keys of the starter replies; ids are `starter-<key>-<lang>`, groups `starter-<key>`. */
export const STARTER_KEYS: readonly string[] = STARTER_REPLIES.map((r) => r.key);

/** The built-in reply library: every reply in Indonesian and English, as variants of one group. */
export function starterTemplates(now: number): Template[] {
  const out: Template[] = [];
  for (const reply of STARTER_REPLIES) {
    for (const lang of ['id', 'en'] as const satisfies readonly Lang[]) {
      const v = reply[lang];
      out.push({
        id: `starter-${reply.key}-${lang}`,
        title: v.title,
        body: v.body,
        abbreviation: reply.abbreviation,
        language: lang,
        variantGroup: `starter-${reply.key}`,
        folder: v.folder,
        tags: [...v.tags],
        platforms: [],
        favorite: false,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return out;
}
