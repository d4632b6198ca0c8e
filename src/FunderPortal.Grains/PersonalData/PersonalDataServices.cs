using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.PersonalData;

public static class PersonalDataServices
{
    /// <summary>What grains need to seal and open personal data; the key store is registered beside the event store.</summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, RetentionSettings retention, byte[]? masterKey)
    {
        services.AddSingleton(retention);
        services.AddSingleton(new PersonalKeyWrapper(masterKey));
        services.AddSingleton<PersonalDataProtector>();
        return services;
    }
}
