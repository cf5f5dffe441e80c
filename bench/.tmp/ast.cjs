const { parse } = require('graphql');
const q = '{' + ' __typename'.repeat(20000) + '}';
global.gc(); const m0 = process.memoryUsage().heapUsed;
const docs = []; for (let i = 0; i < 20; i++) docs.push(parse(q + ' '.repeat(i)));
global.gc(); const m1 = process.memoryUsage().heapUsed;
console.log('source bytes', q.length, 'heap per doc', ((m1 - m0) / 20 / 1e6).toFixed(1), 'MB', 'ratio', ((m1 - m0) / 20 / q.length).toFixed(0));
const q2 = 'query Q($id: ID!) { treasuryOutboundTransfers(financialAccount: $id, first: 100) { nodes { id status amount financialAccount { id status balance { cash { amount currency } } } transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type } } } } } }';
const m2 = process.memoryUsage().heapUsed; const d2 = []; for (let i = 0; i < 200; i++) d2.push(parse(q2 + ' '.repeat(i))); global.gc();
console.log('typical', q2.length, 'ratio', ((process.memoryUsage().heapUsed - m2) / 200 / q2.length).toFixed(0));
