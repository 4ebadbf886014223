namespace ExchangeHub.Core.Common.Geography;

public enum RegionBlock { Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, Shikoku, KyushuOkinawa }
