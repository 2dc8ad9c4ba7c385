namespace CaseGraph.Core.Privacy.Finders;

/// <summary>Check digits of account numbers: Luhn (payment cards) and ISO 7064 mod 97-10 (IBANs).</summary>
public static class Checksums
{
    /// <summary>Whether the digits pass the Luhn check (every second digit from the right doubled).</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (int i = digits.Length - 1, position = 0; i >= 0; i--, position++)
        {
            var d = digits[i] - '0';
            if (position % 2 == 1 && (d *= 2) > 9) d -= 9;
            sum += d;
        }
        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>Whether an IBAN (upper case, no spaces) is valid: its first four characters moved to the end, letters
    /// read as 10-35, the number is 1 modulo 97.</summary>
    public static bool IbanMod97(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 15 || iban.Length > 34) return false;
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else if (char.IsAsciiLetterUpper(c)) remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }
        return remainder == 1;
    }
}
