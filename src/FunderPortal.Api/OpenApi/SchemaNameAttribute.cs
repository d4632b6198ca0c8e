namespace FunderPortal.Api.OpenApi;

/// <summary>
/// The name a response record is published under in the contract's <c>components/schemas</c>, when it is not the
/// record's own: the contract named it before the API owned its shapes (<c>RoundView</c> for <c>RoundResponse</c>),
/// and clients generated from it rely on the name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SchemaNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
