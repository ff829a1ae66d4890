/** Tests run TypeScript through SWC (with decorator metadata, which type-graphql and TypeORM read). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  // Tests of a file run in a new order each time (the seed is printed): each test builds its own world.
  randomize: true,
};
