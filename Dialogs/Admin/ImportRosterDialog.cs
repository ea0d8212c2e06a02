using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Roster;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Admin;

/// <summary>导入名单: an administrator uploads a roster file (CSV or XLSX); it replaces the roster if it has no problems.</summary>
public sealed class ImportRosterDialog : WaterfallDialog<ImportRosterDialog.ImportState>
{
    private const long MaxRosterBytes = 5 * 1024 * 1024;
    private readonly IRosterService roster;
    private readonly IRosterFileReader reader;
    private readonly IFileIntake files;

    public ImportRosterDialog(IRosterService roster, IRosterFileReader reader, IFileIntake files)
        : base(nameof(ImportRosterDialog))
    {
        this.roster = roster;
        this.reader = reader;
        this.files = files;
        AddStep((step, ct) => step.PromptAsync(PromptIds.Attachment, new PromptOptions { Prompt = Strings.ImportAsk }, ct));
        AddStep(ImportAsync);
    }

    private async Task<DialogTurnResult> ImportAsync(WaterfallStepContext<ImportState> step, CancellationToken cancellationToken)
    {
        var file = ((IReadOnlyList<Attachment>)step.Result!)[0];
        var content = Uri.TryCreate(file.ContentUrl, UriKind.Absolute, out var source)
            ? await files.ReadSmallAsync(source, MaxRosterBytes, cancellationToken)
            : null;
        if (content is null)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.FileRejected), file.Name ?? string.Empty, Strings.FileUnreachable), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        RosterReadResult read;
        await using (content)
        {
            read = reader.Read(content, file.Name ?? "roster.csv");
        }

        if (!read.Succeeded)
        {
            await step.SendAsync(Strings.Format(nameof(Strings.ImportProblems), string.Join("\n", read.Problems.Take(20))), cancellationToken);
            return await step.EndAsync(null, cancellationToken);
        }

        var imported = await roster.ImportAsync(TurnPerson.Get(step.Context), read.Roster!, cancellationToken);
        await step.SendAsync(Strings.Format(nameof(Strings.ImportDone), imported.Units.Count, imported.People.Count), cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    public sealed class ImportState
    {
    }
}
