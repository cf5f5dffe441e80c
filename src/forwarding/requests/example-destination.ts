import http from 'node:http';

/**
 * A loopback HTTP receiver for the conformance suite's ForwardingRequest examples (a create really
 * forwards, so it needs somewhere to go): answers 200 with a small JSON body. Started on first use in
 * the process that runs the suite; nothing at run time uses it.
 */
let url: Promise<string> | null = null;

export function exampleDestination(): Promise<string> {
  url ??= new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'));
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/v1/payments`);
    });
  });
  return url;
}
