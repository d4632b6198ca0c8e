// One host and one browser serve every test (a collection fixture); the flows run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
