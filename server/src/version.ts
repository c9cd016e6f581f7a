// The product version, from package.json (the bundler keeps only this field
// of it): the CLI's --version and help, the server's serverInfo, SARIF.

import { version } from '../../package.json';

export const VERSION: string = version;
