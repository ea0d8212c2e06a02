namespace DualCreationBot.Dialogs; public static class Placeholder {}
