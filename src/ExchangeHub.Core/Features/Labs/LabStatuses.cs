namespace ExchangeHub.Core.Features.Labs;

/// <summary>Where a lab stands with the programme office. A new lab waits for an operator; labs stored before approval existed count as approved.</summary>
public static class LabStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
}
