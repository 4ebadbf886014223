namespace ExchangeHub.Core.Features.Consortia;

public static class ConsortiumEventTypes
{
    public const string Created = "consortium.created";
    public const string Invited = "consortium.invited";
    public const string Joined = "consortium.joined";
    public const string Declined = "consortium.declined";
    public const string Left = "consortium.left";
    public const string LeadChanged = "consortium.lead-changed";
    public const string StatusChanged = "consortium.status";
    public const string Updated = "consortium.updated";
    public const string DeadlineNear = "consortium.deadline";
}
