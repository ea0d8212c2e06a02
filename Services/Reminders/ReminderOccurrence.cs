namespace DualCreationBot.Services.Reminders;

/// <summary>
/// One reminder to send to one person. <see cref="Key"/> is the idempotency key the sweep marks as
/// sent: "{deadline key}/{due, Beijing yyyyMMddHHmm}/d{offset}/{person id}", e.g.
/// "application/2018/BR-WX-1/201809302359/d7/p-zhang". The due instant is part of it so that after an
/// extension or a new rectification deadline the reminders for the new date go out again.
/// </summary>
/// <param name="Key">The idempotency key, stable across restarts.</param>
/// <param name="Deadline">What the reminder is about.</param>
/// <param name="PersonId">The one person it goes to.</param>
/// <param name="OffsetDays">Days before the due day it was planned for (0: the morning of the due day).</param>
/// <param name="SendAt">The planned instant, already moved out of the quiet hours.</param>
/// <param name="Due">The deadline's due instant.</param>
/// <param name="DaysLeft">Beijing calendar days from <paramref name="SendAt"/> to the due day (from the sweep's now when it sends late).</param>
/// <param name="Text">The message, in the UI culture current when planning ran.</param>
public sealed record ReminderOccurrence(
    string Key,
    Deadline Deadline,
    string PersonId,
    int OffsetDays,
    DateTimeOffset SendAt,
    DateTimeOffset Due,
    int DaysLeft,
    string Text);
