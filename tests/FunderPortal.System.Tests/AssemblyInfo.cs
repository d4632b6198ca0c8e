// The tests start real hosts that each run a silo and fsync a database: one at a time keeps their timing honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
