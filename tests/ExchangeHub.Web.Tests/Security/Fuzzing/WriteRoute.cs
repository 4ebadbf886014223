namespace ExchangeHub.Web.Tests.Security.Fuzzing;

/// <summary>A POST or PUT route of the API that reads a JSON body of <see cref="BodyType"/>.</summary>
public sealed record WriteRoute(string Method, string Pattern, Type BodyType, bool BodyOptional);
