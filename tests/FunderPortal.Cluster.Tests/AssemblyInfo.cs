// Silos, PostgreSQL and Redis are real processes on two cores, and some tests stop the shared services: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
