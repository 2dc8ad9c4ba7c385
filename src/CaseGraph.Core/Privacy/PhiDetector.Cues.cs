using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy;

/// <summary>The words that signal a name, and the shape of a name: letters of any Latin alphabet, apostrophes and
/// hyphens (O'Brien, Novák-Horváth), and lower-case particles inside (Ludwig van Beethoven, Maria da Silva).</summary>
public sealed partial class PhiDetector
{
    private const string NameWord = @"\p{Lu}[\p{L}'’-]+";
    private const string Particle = @"(?:von|van|de|da|di|del|della|der|den|dos|das|du|la|le|ten|ter|zu|y|e|bin|ibn|al|el)";
    private const string NameRun = NameWord + @"(?:\s+(?:" + Particle + @"\s+){0,2}" + NameWord + "){0,2}";

    /// <summary>Titles in English and the languages of the name lists; short ones only with their full stop ("Hr.", "Sr.", "Mme." and not MME).</summary>
    private const string Title = @"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor|Pastor|Officer|Judge|Sgt|Capt|Herr|Frau|Sig\.ra|Sig\.na|Signora|Signore|Signor" +
        @"|Sra|Srta|Señora|Señor|Senhora|Senhor|Dona|Doña|dona|doña|Dott\.ssa|Dott|Dra|Pani|Dhr|Mevr|Mevrouw|Fru|Herra|Rouva)\.?" +
        @"|Sig\." +
        @"|(?:Hr|Fr|Sr|Ing|Mgr|MUDr|Mme|Mlle)\.)(?:\s+(?:Dr|Prof)\.?)?(?:\s*(?:med|dent|rer\.\s?nat|phil|univ)\.)?";

    /// <summary>Kin: a single English word after one is a name all the same ("husband Rob", "her husband Park Sung-ho").</summary>
    private const string Family = "son|daughter|wife|husband|mother|mom|mum|mama|father|dad|papa|sister|brother|girlfriend|boyfriend|fianc[eé]e?|" +
        "aunt|aunty|auntie|uncle|grandmother|grandfather|grandma|grandpa|nana|grandson|granddaughter|stepmother|stepfather|niece|" +
        "nephew|cousin|spouse|stepson|stepdaughter";

    /// <summary>Kin and the patient in the languages of the name lists: French, Spanish, Portuguese, Italian, German, Dutch,
    /// Nordic, Polish, Russian and Ukrainian, Greek, Filipino, Māori, Swahili, Turkish. Read by a second pattern, and only
    /// in a text that holds one of them (found by a vectorised search): a long alternation behind every capital costs.</summary>
    private const string ForeignFamily =
        "fils|fille|mari|[ée]pouse|[ée]poux|conjointe?|compagnon|compagne|mère|père|frère|sœur|soeur|nièce|neveu|tante|oncle|" +
        "petite?-fils|petite-fille|hij[oa]|espos[oa]|marido|pareja|novi[oa]|madre|padre|mam[áa]|pap[áa]|herman[oa]|sobrin[oa]|niet[oa]|tía|tío|" +
        "abuel[oa]|cu[ñn]ad[oa]|yerno|nuera|filh[oa]|companheir[oa]|m[ãa]e|irm[ãa]o?|namorad[oa]|av[óô]|figli[oa]|moglie|marito|fratello|sorella|" +
        "nipote|compagn[oa]|nonn[oa]|Sohn|Tochter|Ehefrau|Ehemann|Mutter|Vater|Bruder|Enkel(?:in)?|Nichte|Neffe|Lebensgef[äa]hrt(?:e|in)|" +
        "zoon|dochter|echtgeno(?:te|ot)|moeder|vader|broer|zus|s[øo]n|datter|dotter|hustru|sambo|syn(?:em|a)?|c[óo]rk[aąi]|żon[aąy]|m[ąa][żz]|m[ęe][żz]em|" +
        "brat(?:em)?|siostr[aąy]|wnu(?:k|czka)|сын|дочь|жена|муж|брат|сестра|мать|отец|син|донька|дочка|дружина|чоловік|" +
        "anak|asawa|kuya|lola|lolo|tita|tito|moko|mokopuna|tamāhine|mwana|mke|mume|o[ğg]lu|k[ıi]z[ıi]|e[şs]i|" +
        "κόρη|κόρης|γιος|γιου|σύζυγος|συζύγου|μητέρα|πατέρας|αδελφή|αδελφός|εγγονή|εγγονός";

    /// <summary>Other people and roles whose name may follow; a heading may too ("Partner Notification").</summary>
    private const string OtherRelations = "partner|gf|bf|ex|friend|grandchild|child|Kontoinhaber(?:in)?|roommate|neighbou?r|caregiver|guardian|guarantor|cardholder|insured|account holder|account name";

    private const string ForeignPatient = "paciente|patiënt|patientin|paziente|potilas|pacjent(?:ka)?|pacient(?:ka)?|hasta|пациент(?:ка|а|ки)?|пацієнт(?:ка)?|ασθεν(?:ής|ούς)";

    private const string Relation = Family + "|" + ForeignFamily + "|" + OtherRelations;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignCueWords = new HashSet<string>(
        Alternatives(ForeignFamily + "|" + ForeignPatient).SelectMany(Spellings), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of the text is a foreign kin or patient word: only then is the foreign pattern read.</summary>
    private static bool HasForeignCue(string text, List<(int Start, int Length)> words)
    {
        foreach (var (start, length) in words)
            if (ForeignCueWords.Contains(text.AsSpan(start, length))) return true;
        return false;
    }

    /// <summary>"pt's daughter rosa", "her husband, giuseppe", "son named tomas", "a man named luca": a lower-case word after a
    /// relation word or "named" is a name when it is no English or clinical word: surely when it is a known first name,
    /// likely when it is in no list ("her son-in-law rasmus"). After a word for someone met in passing ("the pt dani",
    /// "peer marcy", "dr roxanne pillay") only a known first name is. A surname in no list may follow. Read word by word
    /// (a regex led by the cue words costs a millisecond a case).</summary>
    private void AddLowerCaseNames(string text, List<(int Start, int Length)> words, List<PhiFinding> found)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var cue = text.AsSpan(words[i].Start, words[i].Length);
            var next = i + 1;
            // an English relation or patient word after an article of another language is that language's word, and so is the
            // lower-case word after it, even one that is also a name: "de partner instrueren", "Le patient vit seul"
            if ((RelationWords.Contains(cue) && !ForeignRelationWords.Contains(cue) || PassingWords.Contains(cue))
                && i > 0 && ArticlesOfOtherLanguages.Contains(text.AsSpan(words[i - 1].Start, words[i - 1].Length))) continue;
            // in another language every word is in no English list: there, and after someone met in passing, only a known name counts
            var inPassing = PassingWords.Contains(cue) || ForeignRelationWords.Contains(cue);
            var introduction = IntroducesTheWriter(text, words, i);
            var introduced = introduction != Introduction.None;
            if (!introduced)
            {
                if (RelationWords.Contains(cue) && next + 1 < words.Count && IsWord(text, words[next], "named", "called")) next++;
                // "la mamá de kevin", "a filha do seu zé": kin, "of" and perhaps a form of address
                else if (ForeignRelationWords.Contains(cue) && next + 1 < words.Count && IsWord(text, words[next], "de", "do", "da", "di", "del", "du", "von", "van"))
                    next += next + 2 < words.Count && IsWord(text, words[next + 1], "seu", "sua", "don", "doña", "dona", "dom", "señor", "senhor") ? 2 : 1;
                else if (cue.Equals("name", StringComparison.OrdinalIgnoreCase) && IsWord(text, words[next], "is") && next + 1 < words.Count) next++;
                else if (!RelationWords.Contains(cue) && !inPassing && !cue.Equals("named", StringComparison.OrdinalIgnoreCase)) continue;
            }
            // "aqui é o tiago", "soy la lupe", "hier ist die sabine": an article before the writer's name
            else if (next + 1 < words.Count && IsWord(text, words[next], "o", "a", "el", "la", "die", "der")) next++;
            var (start, length) = words[next];
            var gapFrom = words[next - 1].Start + words[next - 1].Length;
            // "mr. tuttle's suboxone": a title may keep its full stop
            if (LowerCaseTitles.Contains(cue) && next == i + 1 && gapFrom < start && text[gapFrom] == '.') gapFrom++;
            if (!OnlySpaceOrComma(text, gapFrom, start) || !char.IsLower(text[start])) continue;
            var word = Bare(text.Substring(start, length));
            length = word.Length;
            var key = NameFolding.Fold(word);
            // the writer saying who they are ("hey its bill", "message from faith") names them even with a name that is also a word
            if (key.Length < 3 && !introduced || IsClinical(word)) continue;
            if (introduced ? !_lexicon.FirstNames.Contains(key) && (introduction == Introduction.Foreign || !IsUnlistedWord(word))
                : PhiLexicon.WordNames.Contains(key) || PhiLexicon.CommonWords.Contains(key)) continue;
            var confidence = introduced ? PhiConfidence.Likely
                : _lexicon.FirstNames.Contains(key) || LowerCaseTitles.Contains(cue) && _lexicon.LastNames.Contains(key) ? PhiConfidence.Shaped
                : IsUnlistedWord(word) && (!inPassing || cue.Equals("mr", StringComparison.OrdinalIgnoreCase) || cue.Equals("mrs", StringComparison.OrdinalIgnoreCase))
                  && (!cue.Equals("son", StringComparison.OrdinalIgnoreCase) || SomeonesSon(text, words, i))
                    ? PhiConfidence.Likely : 0; // "mr. tuttle": after "mr" a word in no list is a surname ("ms contin" is a drug)
            if (confidence == 0) continue;
            var end = start + length;
            if (next + 1 < words.Count && LowerCaseSurname(text, words[next + 1], end)) end = words[next + 1].Start + words[next + 1].Length;
            Add(found, PhiKind.Name, start, end, confidence, afterPersonCue: true);
        }
    }

    /// <summary>"her son bryce", "pt's son", "son keanu" at the start: someone's son. Not the Spanish verb in "son remitidos" ("they
    /// are referred") nor the French "son numéro" ("his number"): before a word in no list, "son" needs an owner or nothing before it.</summary>
    private static bool SomeonesSon(string text, List<(int Start, int Length)> words, int cue)
    {
        if (cue == 0) return true;
        var before = text.AsSpan(words[cue - 1].Start, words[cue - 1].Length);
        return before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal) || SonOwners.Contains(before);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SonOwners =
        new HashSet<string>(["her", "his", "my", "their", "your", "our", "the", "a", "whose", "w", "with", "and", "pt", "patient", "client", "adult", "older", "younger", "eldest", "oldest", "youngest"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"marty's brother", "this is kezia's mum": a known first name in lower case whose kin follows, when it is no
    /// English word ("the baby's father", "patient's son").</summary>
    private void AddKinsPossessors(string text, List<(int Start, int Length)> words, List<PhiFinding> found)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (start, length) = words[i];
            if (!char.IsLower(text[start]) || length < 5 || text[start + length - 1] != 's' || text[start + length - 2] is not ('\'' or '’')) continue;
            if (!RelationWords.Contains(text.AsSpan(words[i + 1].Start, words[i + 1].Length)) || !OnlySpaceOrComma(text, start + length, words[i + 1].Start)) continue;
            var name = text.Substring(start, length - 2);
            var key = NameFolding.Fold(name);
            if (!_lexicon.FirstNames.Contains(key) || PhiLexicon.WordNames.Contains(key) || PhiLexicon.CommonWords.Contains(key)
                || IsEnglishWord(name) || IsClinical(name)) continue;
            Add(found, PhiKind.Name, start, start + name.Length, PhiConfidence.Shaped, afterPersonCue: true);
        }
    }

    private enum Introduction { None, English, Foreign }

    /// <summary>Whether word <paramref name="i"/> ends the writer's introduction of themselves in a message written in lower
    /// case: "its", "it's", "this is" at the start of a message, or "from" after a word for a message ("txt from", "mensaje
    /// de", "msg da"), "soy", "sono", "sou"; or the same inside a sentence of another language ("aqui é", "ich bin", "hier is", "c'est"),
    /// where every word is in no English list, so only a known first name may follow.</summary>
    private static Introduction IntroducesTheWriter(string text, List<(int Start, int Length)> words, int i)
    {
        var cue = text.AsSpan(words[i].Start, words[i].Length);
        var before = i == 0 ? [] : text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        // "hey its bill", "\"its shaz here", "hi dr patel its crystal"; not "it got its name"
        bool Opens() => i == 0 || OpensAMessage(text, words[i].Start)
            || Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => Greetings.Contains(text.AsSpan(words[j].Start, words[j].Length)));
        if (cue is "its" or "it's" or "it’s" or "soy" or "sono" or "sou") return Opens() ? Introduction.English : Introduction.None;
        if (cue is "c'est" or "c’est") return Opens() ? Introduction.Foreign : Introduction.None; // "c'est difficile"
        // "mensaje de zuleika", not "mensaje de texto"
        if (cue is "is" && before is "this" || cue is "from" or "de" or "da" or "di" or "von" && MessageWords.Contains(before)
            && (i + 1 == words.Count || !MessageKinds.Contains(text.AsSpan(words[i + 1].Start, words[i + 1].Length)))) return Introduction.English;
        return cue is "é" or "es" && before is "aqui" or "aquí" || cue is "bin" && before is "ich" || cue is "ist" or "is" && before is "hier"
            || cue is "ben" && before is "ik" ? Introduction.Foreign : Introduction.None;
    }

    /// <summary>Whether a word opens a quoted or labelled message: only spaces between it and a quotation mark or a colon.</summary>
    private static bool OpensAMessage(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k < 0 || text[k] is '"' or '“' or '„' or '«' or ':';
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Greetings =
        new HashSet<string>(["hey", "hi", "hello", "hiya", "yo", "ok", "okay", "sorry", "doc", "hola", "ciao", "oi", "olá", "salut", "bonjour", "buenas", "buenos", "bom", "boa",
            "buongiorno", "buonasera", "hallo", "hoi", "hej", "hei", "moi", "dia", "días", "noches", "tardes", "tarde", "noite"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What kind of message it is ("mensaje de texto", "messaggio di voce"): no writer's name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MessageKinds =
        new HashSet<string>(["texto", "voz", "audio", "voce", "testo", "whatsapp", "correo", "texte", "voix", "text", "sms"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MessageWords =
        new HashSet<string>(["message", "msg", "txt", "text", "sms", "voicemail", "mensaje", "recado", "mensagem", "messaggio", "nachricht", "email", "e-mail"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"roxanne pillay": a lower-case word in no list right after a lower-case first name.</summary>
    private bool LowerCaseSurname(string text, (int Start, int Length) word, int after) =>
        word.Start == after + 1 && text[after] == ' ' && char.IsLower(text[word.Start]) && word.Length >= 3
        && IsUnlistedWord(text.Substring(word.Start, word.Length));

    /// <summary>"de partner", "le patient", "der Partner": an English relation word in a sentence of another language, where
    /// every word is in no English list, so no lower-case word after it is taken for a name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticlesOfOtherLanguages =
        new HashSet<string>(["de", "het", "een", "le", "la", "der", "die", "den", "il", "el", "lo", "un", "une", "ein", "eine", "sa", "su", "seu", "sua", "zijn", "haar", "sein", "seine", "ihr", "ihre"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Someone a note names in passing: only a known first name after one of these is taken for a name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PassingWords =
        new HashSet<string>(["pt", "patient", "client", "peer", "sponsor", "dr", "doc", "nurse", "worker", "mr", "mrs", "ms", "its", "it's", "soy", "hola"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"tell dr mcallister": after a title written in lower case a known surname is a name too.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseTitles =
        new HashSet<string>(["dr", "mr", "mrs", "ms"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] InLaws = ["son", "daughter", "mother", "father", "brother", "sister"];

    /// <summary>Each form of the relation pattern's alternation spelled out, and the in-laws.</summary>
    private static readonly string[] RelationSpellings = [.. Alternatives(Relation).SelectMany(Spellings), .. InLaws.Select(r => r + "-in-law")];

    /// <summary>The relation words before a lower-case name.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationWords =
        new HashSet<string>(RelationSpellings, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The relation words of other languages ("moglie", "synem"): after them only a known first name is taken.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignRelationWords = new HashSet<string>(
        RelationSpellings.Where(w => !PhiLexicon.EnglishWords.Contains(w) && w.Length > 3 && !w.StartsWith("grand", StringComparison.Ordinal) && !w.EndsWith("-in-law", StringComparison.Ordinal)),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The alternatives of a pattern: split at the bars outside groups.</summary>
    private static IEnumerable<string> Alternatives(string pattern)
    {
        var (depth, from) = (0, 0);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '(') depth++;
            else if (pattern[i] == ')') depth--;
            else if (pattern[i] == '|' && depth == 0) { yield return pattern[from..i]; from = i + 1; }
        }
        yield return pattern[from..];
    }

    /// <summary>The words one alternative of the relation pattern stands for: "hij[oa]" is hijo and hija, "fianc[eé]e?" four
    /// spellings, "Enkel(?:in)?" two.</summary>
    private static IEnumerable<string> Spellings(string pattern)
    {
        var m = RegexPart().Match(pattern);
        if (!m.Success) return [pattern];
        var options = m.Groups["class"].Success ? m.Groups["class"].Value.Select(c => c.ToString())
            : m.Groups["group"].Success ? m.Groups["group"].Value.Split('|') : [m.Groups["one"].Value, ""];
        if (!m.Groups["one"].Success && m.Value.EndsWith('?')) options = options.Append("");
        var (head, tail) = (pattern[..m.Index], pattern[(m.Index + m.Length)..]);
        return options.SelectMany(o => Spellings(head + o + tail));
    }

    [GeneratedRegex(@"\[(?<class>[^\]]+)\]\??|\(\?:(?<group>[^)]+)\)(?<optional>\?)?|(?<one>\w)\?")]
    private static partial Regex RegexPart();


    private static bool IsWord(string text, (int Start, int Length) word, params string[] options) =>
        options.Any(o => text.AsSpan(word.Start, word.Length).Equals(o, StringComparison.OrdinalIgnoreCase));

    private static bool OnlySpaceOrComma(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (!char.IsWhiteSpace(text[k]) && text[k] != ',') return false;
        return to > from;
    }

    /// <summary>The runs of letters (and apostrophes or hyphens inside) of a text, by offset and length.</summary>
    private static List<(int Start, int Length)> LetterWords(string text)
    {
        var words = new List<(int, int)>(text.Length / 5); // about one word in five characters: few regrowths
        for (var k = 0; k < text.Length;)
        {
            if (!char.IsLetter(text[k])) { k++; continue; }
            var start = k;
            while (k < text.Length && (char.IsLetter(text[k]) || (text[k] is '\'' or '’' or '-' && k + 1 < text.Length && char.IsLetter(text[k + 1])))) k++;
            words.Add((start, k - start));
        }
        return words;
    }

    /// <summary>"Novák, Jan", "McGillicuddy, Eoin", "Müller-Lüdenscheidt, Karl-Heinz": a surname, a comma and a first name,
    /// surely when both are known, likely when one is known and the other is no English word.</summary>
    private void AddSurnameCommaFirstName(List<PhiFinding> found, Match m, Lazy<List<(int Start, int End)>> lookalikes)
    {
        var (surname, first) = (m.Groups["surname"], m.Groups["first"]);
        if (IsClinical(surname.Value) || IsClinical(first.Value)) return;
        if (lookalikes.Value.Any(l => l.Start < first.Index + first.Length && surname.Index < l.End)) return;
        bool KnownFirst() => first.Value.Split('-').All(IsKnownFirstName);
        bool KnownSurname() => surname.Value.Split('-').All(IsKnownSurname);
        var confidence = KnownSurname() && KnownFirst() ? PhiConfidence.Shaped
            : KnownFirst() && IsUnlistedWord(surname.Value) || KnownSurname() && IsUnlistedWord(first.Value) ? PhiConfidence.Likely : 0;
        Add(found, PhiKind.Name, surname.Index, first.Index + first.Length, confidence);
    }

    [GeneratedRegex(@"(?<![\p{L}])" + Title + @"\s+(?:\p{Lu}\.\s*)?(?<name>" + NameRun + ")")]
    private static partial Regex TitledName();

    // The cue is a lookbehind so that matching starts only at a capital (a leading alternation of cues is ten times slower).
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?i:(?<person>patient|pt\.?:?|client|inmate|(?<family>" + Family + @")(?:[- ]in[- ]law|\s+si)?|" + OtherRelations + @")|(?<named>named(?!\s+(?:after|for)\b)|name is|name:|last name:?|first name:?|nombre:|nom:|" +
        @"au nom de|spelled|goes by|signed|regards,)|manager|coordinator|advocate|worker|aide|caseworker|case manager|counselou?r|sponsor|PCP|prescriber|" +
        @"physician|nurse|pharmacist|therapist|officer|coach|interpreter|colleague|social worker|caller:?|provider:?|attending:?|NP|PA)(?![\p{L}])\s*[,:]?\s+)(?<name>" + NameRun + ")")]
    private static partial Regex RelationName();

    [GeneratedRegex(@"(?<=(?<![\p{L}])(?i:(?<person>" + ForeignPatient + @")|(?<family>" + ForeignFamily + @")(?:\s+si|\s+(?:του|της|μου|σου|τους))?)\s*[,:]?\s+)(?<name>" + NameRun + ")")]
    private static partial Regex ForeignRelationName();

    [GeneratedRegex(@"(?<=(?<![\p{L}])(?i:(?<!(?:treated|managed|started|maintained|stabili[sz]ed|restarted|continued|titrated|induced|controlled|improved|trialed|trialled|tried)\s)with|from:?|for|by|per|to:|cc:|attn:?|re:|thanks|thank you|contact|call|callback for|msg for|message for|note from|presenting|referred by|reviewed with|according to|spoke to|talked to|named after|named for|known as|nicknamed|nickname(?: is)?:?|(?:everyone|everybody|they|we) calls?(?: (?:him|her|them))?|aka|a\.k\.a\.|alias|--|(?:message|mensaje|mensagem|messaggio|nachricht|recado|appel|llamada|chamada|anruf)\s+(?:de|da|di|del|von|vom))(?![\p{L}])\s*,?\s+)(?<name>" + NameRun + ")")]
    private static partial Regex ContactName();

    /// <summary>"ECHO chat: Francesca: \"ottimo caso\"": one capitalised word before a colon and a quotation, at the start of a
    /// line or after another label: who speaks in a chat or a transcript; not a word for a message ("Sprachnachricht: „hallo").</summary>
    [GeneratedRegex(@"(?<=(?:^|[\n|:])\s*)(?<name>(?!\p{L}*(?i:nachricht|message|mail|mensaje|mensagem|messaggio|transcript|sms|chat|notiz|texto):)\p{Lu}\p{Ll}[\p{L}'’-]*):\s*[""“„«]", RegexOptions.Multiline)]
    private static partial Regex SpeakerLabel();

    /// <summary>"J. Okonkwo, RN": an initial and a surname ending a clause, not "hepatitis C. The clinic".</summary>
    [GeneratedRegex(@"(?<![\p{L}.])\p{Lu}\.\s?(?<name>" + NameWord + @")(?=\s*(?:[,;:)|]|$)|\.(?:\s|$)|\s+\p{Lu})", RegexOptions.Multiline)]
    private static partial Regex InitialAndSurname();

    [GeneratedRegex(@"(?<![\p{L}])(?<surname>" + NameWord + @"),\s+(?<first>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}])")]
    private static partial Regex SurnameCommaFirstName();

    /// <summary>A run of capitalised words starting with a capital and a small letter (not an acronym), or O'/D' names.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])(?<name>\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*(?:\s+(?:" + Particle + @"\s+){0,2}" + NameWord + "){0,2})")]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"^(?:['’]s\b|,|\s+(?:reports?|says|said|states|stated|is|was|has|had|takes|took|told|asked|asks|wants|wanted|denies|denied|admits|admitted|uses|used|called|missed|lives|lived|works|worked|started|stopped|returned|presents|presented|agreed|declined)\b)")]
    private static partial Regex PersonVerb();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
