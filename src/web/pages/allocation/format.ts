// Kronor the reader's way: "1 234 567", with a sign on changes ("+12 000", "−3 400").
import { formatNumber } from '../../format.js';

export const formatKr = (n: number, signed = false) => `${signed && n > 0 ? '+' : ''}${formatNumber(n)}`;
