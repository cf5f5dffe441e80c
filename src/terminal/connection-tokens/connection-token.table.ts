import { resourceTable } from '../../layer/storage.js';

/** Storage of `terminal.connection_token`: the secret a Terminal SDK connects to a reader with. */
export const terminalConnectionTokens = resourceTable('terminal.connection_token', { table: 'terminal_connection_tokens' });
