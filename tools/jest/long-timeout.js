// Integration and e2e tests talk to real services: a per-project testTimeout is ignored by jest 30
// in a multi-project config, so the longer default is set here.
jest.setTimeout(Number(process.env.JEST_LONG_TIMEOUT_MS || 120_000));
