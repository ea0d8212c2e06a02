var app = DualCreationBot.Bot.BotApp.Build(args);
app.Run();
