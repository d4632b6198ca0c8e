using FunderPortal.Attachments;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.GrantImports;

/// <summary>
/// One import of a 360Giving file (<see cref="IGrantImportGrain"/>). Started by the funder's outbox (or by the first
/// read that finds the funder asked for it), it works on a grain timer, never inside a request: it reads the file from
/// the attachment store, checks every row (<see cref="GrantImportRules"/>), and hands the funder the rows that pass a
/// batch at a time (<see cref="GrantImportLimits.BatchSize"/>), recording each batch's outcome before the next, so its
/// progress is durable and the funder answers other requests between batches. A reminder stands behind it: after the
/// host restarts mid-import, the import carries on from the last batch recorded (a batch the funder recorded but the
/// import had not is recognised by the import's id and counted once).
/// </summary>
public sealed partial class GrantImportGrain(IEventStore store, IClock clock, IAttachmentStore files, ILogger<GrantImportGrain> logger)
    : Grain, IGrantImportGrain, IRemindable
{
    public const string ReminderName = "grant-import";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>Charities asked at once whether they are on the portal.</summary>
    private const int ParallelLookups = 32;

    private EventSourcedState<GrantImportState, GrantImportEvent>? _history;
    private Outbox? _outbox;
    private IGrainTimer? _work;
    private Task? _starting;
    private Task? _running;

    private EventSourcedState<GrantImportState, GrantImportEvent> History =>
        _history ?? throw new InvalidOperationException("The grain is not activated yet.");

    private GrantImportState State => History.State;

    private Outbox Outbox => _outbox ??= new(this, GrainFactory, ServiceProvider, logger);

    private TimeSpan RetryAfter => (ServiceProvider.GetService<GrantImportOptions>() ?? new GrantImportOptions()).RetryAfter;

    /// <summary>The funder and the import, from the key <c>{funderOrgId}/{importId}</c> (an org-id has no slash).</summary>
    private (string FunderOrgId, string ImportId) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 ? (key[..slash], key[(slash + 1)..]) : (key, "");
        }
    }

    private IFunderGrain Funder => GrainFactory.GetGrain<IFunderGrain>(Key.FunderOrgId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _history = new EventSourcedState<GrantImportState, GrantImportEvent>(
            StreamIds.GrantImport(this.GetPrimaryKeyString()), GrantImportState.SnapshotSchema, store, clock, logger);
        await _history.LoadAsync(cancellationToken);
        if (State.IsStarted && !State.IsOver)
            Schedule(TimeSpan.Zero); // woken by its reminder after a restart: carry on
    }

    public Task StartAsync(GrantImportEntry entry) => EnsureStartedAsync(entry);

    public async Task<GrantImportView> GetViewAsync(string subject)
    {
        await RequireMemberAsync(subject);
        return State.ToView(Key.ImportId);
    }

    public async Task<GrantImportRowsPage> GetRowsAsync(int? after, int limit, string subject)
    {
        await RequireMemberAsync(subject);
        var rows = State.Rows.Where(r => r.Row > (after ?? 0)).Take(limit + 1).ToList();
        return rows.Count > limit ? new GrantImportRowsPage(rows[..limit], rows[limit - 1].Row) : new GrantImportRowsPage(rows, null);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Outbox.ReminderName)
            return Outbox.ReceiveReminderAsync();
        if (reminderName == ReminderName && State.IsOver)
            return StopRemindingAsync();
        if (reminderName == ReminderName && State.IsStarted && _running is null)
            Schedule(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The funder's members may read it (anyone else: not found). Before the import has heard from the funder's outbox,
    /// the funder's own record of it is enough to start it, so a read never finds an import the funder has.
    /// </summary>
    private async Task RequireMemberAsync(string subject)
    {
        if (!State.IsStarted)
        {
            await EnsureStartedAsync(await Funder.GetGrantImportAsync(Key.ImportId, subject));
            return;
        }
        if (await Funder.GetMemberRoleAsync(subject) is null)
            throw new NotFoundException($"No import '{Key.ImportId}' at this funder.");
    }

    /// <summary>Starts the import once, whoever asks first (the outbox, a read); a failed start may be tried again.</summary>
    private Task EnsureStartedAsync(GrantImportEntry entry)
    {
        if (entry.Id != Key.ImportId)
            throw new NotFoundException($"No import '{entry.Id}' here.");
        return _starting ??= StartOnceAsync(entry);
    }

    private async Task StartOnceAsync(GrantImportEntry entry)
    {
        try
        {
            if (!State.IsStarted)
            {
                await History.AppendAsync([new GrantImportStarted(Key.FunderOrgId, entry)], entry.By);
                await this.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod);
            }
            if (!State.IsOver)
                Schedule(TimeSpan.Zero);
        }
        catch
        {
            _starting = null;
            throw;
        }
    }

    /// <summary>The work runs on a timer of its own, interleaved with reads (so progress shows) and keeping the grain alive.</summary>
    private void Schedule(TimeSpan after)
    {
        _work?.Dispose();
        _work = this.RegisterGrainTimer(_ => RunAsync(), new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task RunAsync()
    {
        if (_running is not null || !State.IsStarted || State.IsOver)
            return;
        _running = ImportOrRetryAsync();
        try
        {
            await _running;
        }
        finally
        {
            _running = null;
        }
    }

    private async Task ImportOrRetryAsync()
    {
        try
        {
            await ImportAsync();
        }
        catch (PortalException refused) when (refused is NotFoundException or ForbiddenException)
        {
            // The funder says no: gone, or whoever asked is no longer its editor. Nothing more can be imported.
            await FailAsync([new GrantImportProblem(null, "import", refused.Message)]);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Import {Import} stopped at row {Rows}; trying again in {Delay}", this.GetPrimaryKeyString(), State.Rows.Count, RetryAfter);
            Schedule(RetryAfter);
        }
    }

    private async Task ImportAsync()
    {
        var entry = State.Entry!;
        GrantFile file;
        await using (var content = await files.OpenReadAsync(entry.FileId))
        {
            if (content is null)
            {
                await FailAsync([new GrantImportProblem(null, "file", "The file is no longer kept: send it again.")]);
                return;
            }
            file = await Task.Run(() => GrantFile.Read(content, entry.Format)); // parsing is work: off the grain's turn
        }
        if (file.Problems.Count > 0)
        {
            await FailAsync(file.Problems);
            return;
        }
        if (State.RowCount is null)
            await History.AppendAsync([new GrantImportFileRead(file.Rows.Count)], entry.By);

        var checks = await Task.Run(() => CheckAll(file.Rows, entry.Format));
        var onPortal = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var start = State.Rows.Count; start < checks.Count; start += GrantImportLimits.BatchSize)
        {
            var batch = checks.Skip(start).Take(GrantImportLimits.BatchSize).ToList();
            var grants = batch.Where(c => c.Refusal is null).Select(c => c.Check.Grant!).ToList();
            await LearnWhoIsOnPortalAsync(grants.Select(g => g.CharityOrgId), onPortal);
            var results = grants.Count == 0 ? []
                : await Funder.ImportGrantBatchAsync(Key.ImportId, grants, [.. grants.Select(g => g.CharityOrgId).Where(onPortal.GetValueOrDefault).Distinct()], entry.By);
            var (views, problems) = Outcomes(batch, results.ToDictionary(r => r.Row), entry.Format);
            await History.AppendAsync([new GrantImportRowsChecked(views, problems)], entry.By);
        }

        await LearnWhoIsOnPortalAsync(State.Rows.Where(r => r.Outcome != GrantRowOutcome.Refused).Select(r => r.CharityOrgId).OfType<string>(), onPortal);
        var invitations = GrantImportInvitations.For(State.Rows, onPortal.GetValueOrDefault, Key.FunderOrgId);
        if (!entry.DryRun)
            invitations = await EmailAsync(invitations, checks);
        await History.AppendAsync([new GrantImportInvitationsMade(invitations), new GrantImportFinished()], entry.By);
        await StopRemindingAsync();
    }

    /// <summary>A row's check, and why it goes no further (its own problems, or an identifier seen on an earlier row).</summary>
    private sealed record CheckedRow(GrantImportRow Row, GrantImportRules.RowCheck Check, IReadOnlyList<GrantImportProblem>? Refusal);

    private List<CheckedRow> CheckAll(IReadOnlyList<GrantImportRow> rows, GrantImportFormat format)
    {
        var today = clock.Today();
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. rows.Select(row =>
        {
            var check = GrantImportRules.Check(row, Key.FunderOrgId, format, today);
            if (check.Problems.Count > 0)
                return new CheckedRow(row, check, check.Problems);
            return GrantImportRules.Repeated(firstRows, check.Grant!, format) is { } repeated
                ? new CheckedRow(row, check, [repeated])
                : new CheckedRow(row, check, null);
        })];
    }

    private static (List<GrantImportRowView> Views, List<GrantImportProblem> Problems) Outcomes(
        IReadOnlyList<CheckedRow> batch, Dictionary<int, GrantRowResult> results, GrantImportFormat format)
    {
        List<GrantImportRowView> views = [];
        List<GrantImportProblem> problems = [];
        foreach (var (row, check, refusal) in batch)
        {
            var g = check.Grant;
            var pence = g?.AmountPence ?? (row[GrantField.AmountAwarded] is { } amount ? GrantImportRules.ParsePence(amount).Pence : null);
            GrantImportRowView View(GrantRowOutcome outcome, string? grantId, string? message) => new(row.Row, row[GrantField.Identifier], row[GrantField.Title],
                row[GrantField.RecipientOrgId], row[GrantField.RecipientOrgName], pence, outcome, grantId, message);
            if (refusal is not null)
            {
                views.Add(View(GrantRowOutcome.Refused, null, string.Join(" ", refusal.Select(p => $"{p.Field}: {p.Message}"))));
                problems.AddRange(refusal);
            }
            else if (results.TryGetValue(row.Row, out var result))
            {
                views.Add(View(result.Outcome, result.GrantId, result.Message));
                if (result.Outcome == GrantRowOutcome.Refused)
                    problems.Add(new GrantImportProblem(row.Row, GrantFields.NameIn(GrantField.Identifier, format), result.Message ?? "Not imported."));
            }
        }
        return (views, problems);
    }

    /// <summary>Asks each charity not asked yet whether it is on the portal, a few at a time.</summary>
    private async Task LearnWhoIsOnPortalAsync(IEnumerable<string> charityOrgIds, Dictionary<string, bool> known)
    {
        var unknown = charityOrgIds.Where(id => !known.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in unknown.Where(id => !OrgId.IsValid(id)))
            known[id] = false; // a 360G- identifier is nobody's on the portal
        foreach (var chunk in unknown.Where(OrgId.IsValid).Chunk(ParallelLookups))
        {
            var answers = await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<ICharityGrain>(id).IsOnPortalAsync()));
            for (var i = 0; i < chunk.Length; i++)
                known[chunk[i]] = answers[i];
        }
    }

    private async Task FailAsync(IReadOnlyList<GrantImportProblem> problems)
    {
        await History.AppendAsync([new GrantImportFailed(problems)], State.Entry!.By);
        await StopRemindingAsync();
    }

    private async Task StopRemindingAsync()
    {
        try
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
                await this.UnregisterReminder(reminder);
        }
        catch (Exception failure)
        {
            // The next tick finds the import over and tries again.
            logger.LogWarning(failure, "Could not stop the reminder of import {Import}", this.GetPrimaryKeyString());
        }
    }
}
