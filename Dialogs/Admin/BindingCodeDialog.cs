using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Admin;

/// <summary>生成绑定码: a one-time code that links a person's next chat account to their roster entry.</summary>
public sealed class BindingCodeDialog : WaterfallDialog<BindingCodeDialog.BindingState>
{
    private readonly IRosterService roster;

    public BindingCodeDialog(IRosterService roster)
        : base(nameof(BindingCodeDialog))
    {
        this.roster = roster;
        AddStep((step, ct) => step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = Strings.BindingAskPerson, MaxLength = 50 }, ct));
        AddStep(IssueAsync);
    }

    private async Task<DialogTurnResult> IssueAsync(WaterfallStepContext<BindingState> step, CancellationToken cancellationToken)
    {
        var text = (string)step.Result!;
        var person = RosterLookup.Person(await roster.CurrentAsync(cancellationToken), text);
        if (person is null)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.PersonNotFound), text), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var code = await roster.IssueBindingCodeAsync(TurnPerson.Get(step.Context), person.Id, cancellationToken);
        await step.SendAsync(Strings.Format(nameof(Strings.BindingIssued), person.Name, code.Code, DueText.When(code.Expires)), cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    public sealed class BindingState
    {
    }
}
