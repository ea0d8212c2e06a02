using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Admin;

/// <summary>延长申报截止: an administrator gives one unit a later application due date (until 23:59:59 Beijing time that day).</summary>
public sealed class ExtendDeadlineDialog : WaterfallDialog<ExtendDeadlineDialog.ExtendState>
{
    private readonly IRosterService roster;
    private readonly IApplicationService applications;

    public ExtendDeadlineDialog(IRosterService roster, IApplicationService applications)
        : base(nameof(ExtendDeadlineDialog))
    {
        this.roster = roster;
        this.applications = applications;
        AddStep((step, ct) => step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.ExtendAskUnit, MaxLength = 50 }, ct));
        AddStep(AskDateAsync);
        AddStep(ExtendAsync);
    }

    private async Task<DialogTurnResult> AskDateAsync(WaterfallStepContext<ExtendState> step, CancellationToken cancellationToken)
    {
        var text = (string)step.Result!;
        var unit = RosterLookup.Unit(await roster.CurrentAsync(cancellationToken), text);
        if (unit is null)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.UnitNotFound), text), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        step.State.UnitId = unit.Id;
        step.State.UnitName = unit.Name;
        return await step.PromptAsync(PromptIds.Date, new PromptOptions { Prompt = Strings.ExtendAskDate }, cancellationToken);
    }

    private async Task<DialogTurnResult> ExtendAsync(WaterfallStepContext<ExtendState> step, CancellationToken cancellationToken)
    {
        var due = BeijingTime.EndOfDay((DateOnly)step.Result!);
        await applications.ExtendAsync(TurnPerson.Get(step.Context), step.State.UnitId!, due, cancellationToken);
        await step.SendAsync(Strings.Format(nameof(Strings.ExtendDone), step.State.UnitName!, DueText.When(due)), cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    public sealed class ExtendState
    {
        public string? UnitId { get; set; }

        public string? UnitName { get; set; }
    }
}
