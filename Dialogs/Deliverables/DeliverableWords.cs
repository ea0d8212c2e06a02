using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Deliverables;

namespace DualCreationBot.Dialogs.Deliverables;

/// <summary>How deliverables are put into words: accepted kinds, sizes, receipts and refusals.</summary>
internal static class DeliverableWords
{
    public static string Kinds(IEnumerable<FileKind> kinds) =>
        string.Join(Strings.KindSeparator, kinds.Select(k => Strings.Get("Kind" + k)));

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.#} MB" : $"{Math.Max(1, (bytes + 1023) / 1024)} KB";

    public static string Receipt(ChecklistItem item, DeliverableVersion version) => Strings.Format(
        nameof(Strings.UploadReceipt),
        DeliverableTexts.Label(item),
        version.OriginalName,
        Size(version.Size),
        version.Sha256[..12],
        version.Version,
        DueText.When(version.UploadedAt),
        version.Late ? Strings.LateMark : "。");

    public static string Problem(ChecklistItem item, UploadOutcome outcome) => outcome.Problem switch
    {
        UploadProblem.TooLarge => Strings.Format(nameof(Strings.FileTooLarge), Size(outcome.Limit)),
        UploadProblem.Empty => Strings.FileEmpty,
        UploadProblem.TypeNotAllowed => Strings.Format(nameof(Strings.ItemAccepts), Kinds(item.Accepts)),
        UploadProblem.ContentMismatch => Strings.ContentMismatch,
        UploadProblem.StorageUnavailable => Strings.StorageRetry,
        _ => Strings.FileUnreachable,
    };
}
