using System.Security.Cryptography;
using System.Text;

namespace StudyGuide.CodeLanguages;

/// <summary>Content hash of a code file: keys recorded Playground share ids so a stale id is never used.</summary>
internal static class CodeHash
{
    public static string Of(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace("\r\n", "\n"))));
}
