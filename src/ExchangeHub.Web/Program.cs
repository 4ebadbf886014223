var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "ExchangeHub");
app.Run();

public partial class Program;
