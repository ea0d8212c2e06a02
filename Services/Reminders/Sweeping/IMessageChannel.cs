using DualCreationBot.Services.Contacts;

namespace DualCreationBot.Services.Reminders.Sweeping;

public enum DeliveryResult
{
    Sent,

    /// <summary>The user removed or blocked the bot (403).</summary>
    Unreachable,

    /// <summary>Still failing after retries (429, 5xx, network).</summary>
    Failed,
}

/// <summary>Sends a message to a stored contact outside any conversation turn (implemented by the bot host).</summary>
public interface IMessageChannel
{
    Task<DeliveryResult> SendAsync(Contact contact, string text, CancellationToken cancellationToken);
}
