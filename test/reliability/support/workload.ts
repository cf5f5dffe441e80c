import { randomBytes } from 'node:crypto';
import type { Rng } from './env.js';
import { mutationDoc, type FlowKind } from './flows.js';
import type { HttpClient } from './http.js';

/** One platform account the workload acts for: its key, FinancialAccounts and a PaymentMethod. */
export interface Tenant {
  accountId: string;
  key: string;
  financialAccounts: string[];
  paymentMethod: string;
  /** An active card on each FinancialAccount (by FinancialAccount). */
  cards: Record<string, string>;
}

/** A mutation the server acknowledged (its response arrived), so its effect must be in the database. */
export interface Ack {
  kind: string;
  id: string;
  /** null for the create. */
  action: string | null;
  /** The status the response reported. */
  status: string;
  key: string | null;
}

/** Everything sent with one idempotency key. */
export interface KeyUse {
  key: string;
  accountId: string;
  sends: number;
  /** Ids of the objects in successful responses (must be one at most). */
  okIds: Set<string>;
  refusals: string[];
  /** A send whose outcome is unknown (connection lost) and not yet resolved by a retry. */
  inDoubt: boolean;
}

interface Request {
  tenant: Tenant;
  kind: FlowKind;
  action: string | null;
  flowId: string | null;
  /** The FinancialAccount a create moves money on. */
  financialAccount?: string;
  mutation: string;
  input: Record<string, unknown>;
  key: string | null;
}

export interface WorkloadOptions {
  /** Share of mutations sent with an idempotency key. */
  keyRate: number;
  /** Share of keyed mutations sent twice (half concurrently, half after the first answer). */
  duplicateRate: number;
  /** Share of steps that are reads (balance, a deep page). */
  readRate: number;
  /** Share of steps that put money in (needs `fund`). */
  fundRate: number;
  maxAmount: number;
  fund?: (tenant: Tenant, financialAccount: string, amount: number) => Promise<void>;
  /** Other money movement (share of steps, and the step): an Issuing refund of a capture. */
  extra?: { rate: number; step: (client: HttpClient, tenant: Tenant, rng: Rng) => Promise<void> };
}

const BALANCE = `query RelBalance($id: ID!) { treasuryFinancialAccount(id: $id) { id balance { cash { amount } inboundPending { amount } outboundPending { amount } } } }`;
const DEEP = `query RelDeep($fa: ID!) { treasuryTransactions(financialAccount: $fa, first: 20) { nodes { id status flowType balanceImpact { cash } entries(first: 5) { nodes { id type } } financialAccount { id } } } }`;

/**
 * Random money movement over GraphQL, recording what the server acknowledged so the invariant
 * checks can prove nothing acknowledged is missing and no retry had a second effect.
 */
export class Workload {
  readonly flows = new Map<string, { kind: FlowKind; tenant: Tenant; financialAccount: string; amount: number }>();
  private readonly flowIds = new Map<Tenant, string[]>();
  readonly acks: Ack[] = [];
  readonly keys = new Map<string, KeyUse>();
  /** Keyed requests whose outcome is unknown (server killed): resolved by `retryInDoubt`. */
  inDoubt: Request[] = [];
  /** Requests without a key whose outcome is unknown (never expected: every request in the crash test has a key). */
  unresolved = 0;
  readonly failures: string[] = [];
  /** Money put in through `fund`, per FinancialAccount (acknowledged only). */
  readonly funded = new Map<string, number>();
  readonly stats = { ok: 0, refused: 0, inDoubt: 0, duplicates: 0, reads: 0, funds: 0 };
  /**
   * How far below zero each FinancialAccount's cash may be seen: the amounts of every overdrawing
   * action (InboundTransfer return) ever sent for it, counted before sending, so a read racing the
   * action's commit is covered.
   */
  readonly overdraft = new Map<string, number>();

  constructor(
    kinds: FlowKind[],
    readonly tenants: Tenant[],
    private readonly opts: WorkloadOptions,
  ) {
    for (const t of tenants) this.flowIds.set(t, []);
    this.creatable = kinds.filter((k) => k.create);
  }

  /** The kinds the workload creates (the others are created by flows). */
  private readonly creatable: FlowKind[];

  /** One random step: a create, an action on a known flow, a read or a funding. */
  async step(client: HttpClient, rng: Rng): Promise<void> {
    const tenant = rng.pick(this.tenants);
    const roll = rng.next();
    if (this.opts.fund && roll < this.opts.fundRate) return this.doFund(tenant, rng);
    if (roll < this.opts.fundRate + this.opts.readRate) return this.doRead(client, tenant, rng);
    if (this.opts.extra && roll < this.opts.fundRate + this.opts.readRate + this.opts.extra.rate) return this.opts.extra.step(client, tenant, rng);
    const known = this.flowIds.get(tenant)!;
    if (known.length === 0 || rng.chance(0.45)) {
      const kind = rng.pick(this.creatable);
      const fa = rng.pick(tenant.financialAccounts);
      const input = kind.create!.input({
        financialAccount: fa,
        paymentMethod: tenant.paymentMethod,
        card: tenant.cards[fa]!,
        otherFinancialAccount: rng.pick(tenant.financialAccounts.length > 1 ? tenant.financialAccounts.filter((f) => f !== fa) : [fa]),
        amount: rng.int(1, this.opts.maxAmount),
        rng,
      });
      return this.submit(client, rng, { tenant, kind, action: null, flowId: null, financialAccount: fa, mutation: kind.create!.mutation, input, key: null });
    }
    // Mostly recent flows: they are the ones still in motion.
    const flowId = rng.chance(0.8) ? known[Math.max(0, known.length - 1 - rng.int(0, 40))]! : rng.pick(known);
    const flow = this.flows.get(flowId)!;
    const action = rng.pick(flow.kind.actions);
    const input = { id: flowId, ...(action.input?.(rng) ?? {}) };
    if (action.overdraws) this.overdraft.set(flow.financialAccount, (this.overdraft.get(flow.financialAccount) ?? 0) + flow.amount);
    return this.submit(client, rng, { tenant, kind: flow.kind, action: action.name, flowId, mutation: action.mutation, input, key: null });
  }

  private async submit(client: HttpClient, rng: Rng, req: Request) {
    if (!rng.chance(this.opts.keyRate)) return void (await this.send(client, req));
    req.key = `rel_${randomBytes(9).toString('base64url')}`;
    if (!rng.chance(this.opts.duplicateRate)) return void (await this.send(client, req));
    this.stats.duplicates++;
    if (rng.chance(0.5)) await Promise.all([this.send(client, req), this.send(client, req)]);
    else {
      await this.send(client, req);
      await this.send(client, req);
    }
  }

  /** Sends the in-doubt requests again with their keys: each must now have exactly one effect. */
  async retryInDoubt(client: HttpClient) {
    const pending = this.inDoubt;
    this.inDoubt = [];
    for (const req of pending) this.keys.get(req.key!)!.inDoubt = false;
    for (const req of pending) await this.send(client, req);
  }

  private async send(client: HttpClient, req: Request): Promise<void> {
    const use = req.key ? this.use(req) : null;
    if (use) use.sends++;
    // biome-ignore lint/suspicious/noImplicitAnyLet: the client's answer, assigned in try
    let res;
    try {
      res = await client.gql(
        mutationDoc(req.mutation, req.kind.field),
        { input: { ...req.input, ...(req.key ? { idempotencyKey: req.key } : {}) } },
        req.tenant.key,
      );
    } catch {
      this.stats.inDoubt++;
      if (use) {
        use.inDoubt = true;
        if (!this.inDoubt.includes(req)) this.inDoubt.push(req);
      } else this.unresolved++;
      return;
    }
    const what = `${req.mutation}(${JSON.stringify(req.input)}${req.key ? `, key ${req.key}` : ''})`;
    if (res.status !== 200 || res.errors) return void this.failures.push(`${what}: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
    const payload = res.data?.[req.mutation] as { userErrors: { code: string }[] } & Record<string, { id: string; status: string } | null>;
    if (payload.userErrors.length) {
      const codes = payload.userErrors.map((e) => e.code);
      if (codes.length !== 1 || !req.kind.refusals.includes(codes[0]!))
        this.failures.push(`${what}: unexpected userErrors ${JSON.stringify(payload.userErrors)}`);
      if (payload[req.kind.field] !== null) this.failures.push(`${what}: refused but returned an object`);
      use?.refusals.push(codes.join(','));
      this.stats.refused++;
      return;
    }
    const object = payload[req.kind.field];
    if (!object) return void this.failures.push(`${what}: no object and no userErrors`);
    const status = object.status.toLowerCase();
    const expected = req.action ? (req.kind.machine.transitions[req.action] as { to: string }).to : (req.kind.create!.status ?? req.kind.machine.initial);
    if (![expected].flat().includes(status)) this.failures.push(`${what}: status ${status}, expected ${expected}`);
    if (req.flowId && object.id !== req.flowId) this.failures.push(`${what}: answered for ${object.id}`);
    this.stats.ok++;
    this.acks.push({ kind: req.kind.name, id: object.id, action: req.action, status, key: req.key });
    use?.okIds.add(object.id);
    if (!req.action && !this.flows.has(object.id)) {
      this.flows.set(object.id, { kind: req.kind, tenant: req.tenant, financialAccount: String(req.financialAccount), amount: Number(req.input.amount) });
      this.flowIds.get(req.tenant)!.push(object.id);
    }
  }

  private use(req: Request): KeyUse {
    let use = this.keys.get(req.key!);
    if (!use) this.keys.set(req.key!, (use = { key: req.key!, accountId: req.tenant.accountId, sends: 0, okIds: new Set(), refusals: [], inDoubt: false }));
    return use;
  }

  private async doRead(client: HttpClient, tenant: Tenant, rng: Rng) {
    const fa = rng.pick(tenant.financialAccounts);
    const deep = rng.chance(0.3);
    // biome-ignore lint/suspicious/noImplicitAnyLet: the client's answer, assigned in try
    let res;
    try {
      res = await client.gql(deep ? DEEP : BALANCE, deep ? { fa } : { id: fa }, tenant.key);
    } catch {
      return; // the server went away (crash test): reads have no effect to account for
    }
    this.stats.reads++;
    if (res.status !== 200 || res.errors) return void this.failures.push(`read ${fa}: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
    if (!deep) {
      const cash = res.data.treasuryFinancialAccount.balance.cash[0]?.amount ?? 0;
      if (cash < -(this.overdraft.get(fa) ?? 0)) this.failures.push(`read ${fa}: cash ${cash} < 0 by more than returns took (${this.overdraft.get(fa) ?? 0})`);
    }
  }

  private async doFund(tenant: Tenant, rng: Rng) {
    const fa = rng.pick(tenant.financialAccounts);
    const amount = rng.int(1, this.opts.maxAmount * 2);
    await this.opts.fund!(tenant, fa, amount);
    this.funded.set(fa, (this.funded.get(fa) ?? 0) + amount);
    this.stats.funds++;
  }
}
