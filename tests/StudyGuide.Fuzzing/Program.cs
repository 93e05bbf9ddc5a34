using StudyGuide.Fuzzing;

// The worker process of the fuzzer: builds the case folders its parent sends, one per line on
// stdin, and answers each on stdout. The parent (Fuzzer) kills it when a case overruns.
return FuzzWorker.Run(args);
