using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Resources;

namespace DualCreationBot.Dialogs.Programme;

/// <summary>联系我们: the Organization Department's office, phone and e-mail (notice §五).</summary>
public sealed class ContactDialog : Dialog
{
    public ContactDialog()
        : base(nameof(ContactDialog))
    {
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await dc.Context.SendActivityAsync(Strings.Contact, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
