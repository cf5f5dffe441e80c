import { parameterInvalid } from '../../kernel/errors.js';

/**
 * Onramp quotes in test mode: fixed prices, fees and the networks each cryptocurrency is delivered on
 * (docs/decisions/crypto.md). Stripe quotes live market prices; a self-hosted engine has none, so test
 * sessions are priced from this table, the same on every call.
 */
export const NETWORKS: Readonly<Record<string, readonly string[]>> = {
  btc: ['bitcoin'],
  eth: ['ethereum', 'base', 'optimism', 'polygon'],
  sol: ['solana'],
  usdc: ['ethereum', 'solana', 'polygon', 'base', 'avalanche', 'stellar', 'optimism', 'worldchain'],
  usdt: ['ethereum', 'solana', 'polygon'],
  matic: ['polygon'],
  avax: ['avalanche'],
  xlm: ['stellar'],
  wld: ['worldchain', 'optimism'],
  ripusd: ['ethereum'],
};

/** USD price of one unit, and the decimals delivered. */
const PRICES: Readonly<Record<string, { usd: number; decimals: number }>> = {
  btc: { usd: 60_000, decimals: 8 },
  eth: { usd: 3_000, decimals: 8 },
  sol: { usd: 150, decimals: 6 },
  usdc: { usd: 1, decimals: 2 },
  usdt: { usd: 1, decimals: 2 },
  matic: { usd: 0.5, decimals: 6 },
  avax: { usd: 30, decimals: 6 },
  xlm: { usd: 0.1, decimals: 6 },
  wld: { usd: 2, decimals: 6 },
  ripusd: { usd: 1, decimals: 2 },
};
/** USD per unit of each source currency. */
const FIAT: Readonly<Record<string, number>> = { usd: 1, eur: 1.08, gbp: 1.27, cad: 0.73, cop: 0.00025, php: 0.017 };
/** Network fee in USD per network (what delivery costs on chain). */
const NETWORK_FEE_USD: Readonly<Record<string, number>> = {
  bitcoin: 2,
  ethereum: 1.5,
  base: 0.01,
  optimism: 0.01,
  polygon: 0.01,
  solana: 0.01,
  avalanche: 0.05,
  stellar: 0.01,
  worldchain: 0.01,
  celo: 0.01,
  sui: 0.01,
  tempo: 0.01,
};
/** Stripe's transaction fee in test mode: 1.5 % of the amount bought. */
const TRANSACTION_FEE = 0.015;

export function checkPair(currency: string | null | undefined, network: string | null | undefined, param: string[]) {
  if (currency && network && !NETWORKS[currency]?.includes(network))
    throw parameterInvalid(param, `${currency} is not delivered on ${network}: choose one of ${NETWORKS[currency]?.join(', ') ?? 'none'}.`);
}

const fixed = (n: number, decimals: number) => (Math.round(n * 10 ** decimals) / 10 ** decimals).toFixed(decimals);

export interface Quote {
  source_amount: string;
  destination_amount: string;
  fees: { network_fee_monetary: string; transaction_fee_monetary: string };
}

/** Prices a purchase from the source amount, or the destination amount (what the customer receives). */
export function quote(d: {
  source_currency: string;
  destination_currency: string;
  destination_network: string;
  source_amount?: string | null;
  destination_amount?: string | null;
}): Quote {
  const price = PRICES[d.destination_currency]!;
  const fiat = FIAT[d.source_currency]!;
  const networkFee = NETWORK_FEE_USD[d.destination_network]! / fiat;
  if (d.destination_amount != null) {
    const subtotal = (Number(d.destination_amount) * price.usd) / fiat;
    const fee = subtotal * TRANSACTION_FEE;
    return {
      source_amount: fixed(subtotal + fee + networkFee, 2),
      destination_amount: fixed(Number(d.destination_amount), price.decimals),
      fees: { network_fee_monetary: fixed(networkFee, 2), transaction_fee_monetary: fixed(fee, 2) },
    };
  }
  const total = Number(d.source_amount);
  const fee = (total - networkFee) * (TRANSACTION_FEE / (1 + TRANSACTION_FEE));
  const bought = Math.max(0, total - networkFee - fee);
  return {
    source_amount: fixed(total, 2),
    destination_amount: fixed((bought * fiat) / price.usd, price.decimals),
    fees: { network_fee_monetary: fixed(networkFee, 2), transaction_fee_monetary: fixed(fee, 2) },
  };
}
