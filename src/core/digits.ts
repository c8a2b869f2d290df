// Numbers as a person reads them in messages: 10000000 → "10,000,000".
export const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
