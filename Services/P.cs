namespace DualCreationBot.Services; public static class Placeholder {}
