using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// Options checked by their own rules: each broken rule is one message naming the key and what it allows (never
/// the configured value, which may be a secret), and with <c>ValidateOnStart</c> the service stops with them.
/// </summary>
public static class OptionsRules
{
    public static OptionsBuilder<T> ValidateRules<T>(this OptionsBuilder<T> builder, Func<T, IEnumerable<string>> rules) where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new RuleValidation<T>(builder.Name, rules));
        return builder;
    }

    /// <summary>Rules that depend on another service, e.g. other options.</summary>
    public static OptionsBuilder<T> ValidateRules<T, TDep>(this OptionsBuilder<T> builder, Func<T, TDep, IEnumerable<string>> rules)
        where T : class where TDep : notnull
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(sp =>
            new RuleValidation<T>(builder.Name, o => rules(o, sp.GetRequiredService<TDep>())));
        return builder;
    }

    private sealed class RuleValidation<T>(string name, Func<T, IEnumerable<string>> rules) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options)
        {
            if (optionsName != name) return ValidateOptionsResult.Skip;
            var broken = rules(options).ToList();
            return broken.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(broken);
        }
    }
}
