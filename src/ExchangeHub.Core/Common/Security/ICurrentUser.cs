namespace ExchangeHub.Core.Common.Security;

/// <summary>Who is making the current request; set by the web layer for each HTTP request and hub call.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsAuthenticated => UserId is not null;

    bool IsInRole(string role);
}
