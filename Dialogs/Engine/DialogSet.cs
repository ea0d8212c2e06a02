namespace DualCreationBot.Dialogs.Engine;

/// <summary>Every dialog the bot knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
        }

        return this;
    }

    public Dialog? Find(string id) => dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"No dialog has the id '{id}'.");
}
