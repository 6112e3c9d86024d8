// The endpoint's pinned HTTP behaviour, again, with verify/parse/build/sign on two worker threads.
process.env.ADESYNC_TEST_ENROLL_WORKERS = '2';
await import('./server.test.ts');
