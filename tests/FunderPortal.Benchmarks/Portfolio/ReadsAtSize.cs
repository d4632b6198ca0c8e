namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>
/// The whole portfolio read while <paramref name="Charities"/> share with the funder: right after they were set up
/// (the host still compiling hot methods at higher tiers), then again after <paramref name="WarmUpReads"/> more reads.
/// </summary>
internal sealed record ReadsAtSize(int Charities, MeasuredReads RightAfterSetup, int WarmUpReads, MeasuredReads Warm);
