// What an SIE 4 file holds once read: the parts Styr uses, amounts in öre, dates as ISO text.

export interface SieObjectRef {
  dim: number;
  code: string;
}

export interface SieTransaction {
  line: number;
  account: string;
  objects: SieObjectRef[];
  amountOre: number;
  date: string | null;
  text: string;
}

export interface SieVoucher {
  line: number;
  series: string;
  number: string;
  date: string;
  text: string;
  transactions: SieTransaction[];
}

/** #IB, #UB, #RES (per account) and #OIB, #OUB (per account and object). */
export interface SieBalance {
  line: number;
  kind: 'IB' | 'UB' | 'RES' | 'OIB' | 'OUB';
  yearIndex: number;
  account: string;
  objects: SieObjectRef[];
  amountOre: number;
}

/** #PSALDO (outcome) and #PBUDGET (budget) of one period, month as "2026-03". */
export interface SiePeriodBalance {
  line: number;
  kind: 'PSALDO' | 'PBUDGET';
  yearIndex: number;
  month: string;
  account: string;
  objects: SieObjectRef[];
  amountOre: number;
}

export interface SieFile {
  flag: number | null;
  program: string;
  format: string;
  generated: string | null;
  sieType: number;
  companyName: string;
  orgNr: string;
  accountPlanType: string;
  years: { index: number; start: string; end: string }[];
  /** Account number → name and type (T tillgång, S skuld, K kostnad, I intäkt; '' when not given). */
  accounts: Record<string, { name: string; type: string }>;
  dimensions: { dim: number; name: string; parent: number | null }[];
  objects: { dim: number; code: string; name: string }[];
  balances: SieBalance[];
  periodBalances: SiePeriodBalance[];
  vouchers: SieVoucher[];
  /** Records the standard lets a reader pass over, with how often they occurred. */
  ignored: Record<string, number>;
}
