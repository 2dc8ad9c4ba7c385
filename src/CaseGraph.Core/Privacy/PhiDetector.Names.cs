using System.Text.RegularExpressions;

namespace CaseGraph.Core.Privacy;

/// <summary>Person names: runs of capitalised words judged by the cue before them (PhiDetector.Cues.cs), the
/// name lists, the English and clinical words and places they are not, and what follows them.</summary>
public sealed partial class PhiDetector
{
    private void AddNames(string text, List<PhiFinding> found)
    {
        var letterWords = LetterWords(text);
        AddLowerCaseNames(text, letterWords, found);
        AddSignature(text, found);
        AddKinsPossessors(text, letterWords, found);
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z') && !text.AsSpan().ContainsAny(NonAsciiCapitals)) return; // every other name starts with a capital
        // Found only when a word needs them: most capitalised words are ruled out by cheaper checks first.
        var lookalikes = new Lazy<List<(int Start, int End)>>(() => [.. ClinicalLookalikes.Spans(text)], LazyThreadSafetyMode.None);
        foreach (Match m in TitledName().Matches(text)) AddName(found, text, m.Groups["name"], NameCue.Title, lookalikes);
        foreach (Match m in InitialAndSurname().Matches(text)) AddName(found, text, m.Groups["name"], NameCue.Initial, lookalikes);
        // Only the patient and their people make a name in a published passage one that identifies a patient; a physician does not.
        foreach (Match m in RelationName().Matches(text))
            // after "named" or "signed" English words alone are a heading or a bill ("Named Legislation", "signed Senate Bill 334")
            AddName(found, text, m.Groups["name"], m.Groups["family"].Success ? NameCue.Kin : NameCue.Relation, lookalikes,
                afterPersonCue: m.Groups["person"].Success || m.Groups["named"].Success);
        if (HasForeignCue(text, letterWords))
            foreach (Match m in ForeignRelationName().Matches(text))
                AddName(found, text, m.Groups["name"], m.Groups["family"].Success ? NameCue.Kin : NameCue.Relation, lookalikes, afterPersonCue: true);
        foreach (Match m in ContactName().Matches(text)) AddName(found, text, m.Groups["name"], NameCue.Contact, lookalikes);
        foreach (Match m in SpeakerLabel().Matches(text)) AddName(found, text, m.Groups["name"], NameCue.Contact, lookalikes);
        foreach (Match m in SurnameCommaFirstName().Matches(text)) AddSurnameCommaFirstName(found, m, lookalikes);
        foreach (Match m in SurnameAndInitialInATable().Matches(text)) AddSurnameAndInitial(found, m.Groups["surname"], m.Groups["name"]);
        foreach (Match m in CapitalisedWords().Matches(text)) AddName(found, text, m.Groups["name"], NameCue.None, lookalikes);
    }

    /// <summary>The learned tagger's names (<see cref="NameTagger"/>), as sure as a known name alone, never where the rules know
    /// better (<see cref="NoPersonThere"/>) or inside an eponymous phrase ("Richmond Agitation-Sedation Scale").</summary>
    private void AddLearnedNames(string text, List<PhiFinding> found)
    {
        if (_tagger is null || PhiConfidence.Likely < _threshold) return;
        List<(int Start, int End)>? lookalikes = null;
        foreach (var (start, end, _) in _tagger.Find(text, _lexicon))
        {
            if (NoPersonThere(text, start, end)) continue;
            lookalikes ??= [.. ClinicalLookalikes.Spans(text)];
            if (lookalikes.Any(l => l.Start < end && start < l.End)) continue;
            Add(found, PhiKind.Name, start, end, PhiConfidence.Likely);
        }
    }

    /// <summary>"... knocked the bottle in the sink. — louise": a known first name signed in lower case after a dash at the end.</summary>
    private void AddSignature(string text, List<PhiFinding> found)
    {
        var m = LowerCaseSignature().Match(text);
        if (!m.Success) return;
        var name = m.Groups["name"];
        if (IsKnownFirstName(name.Value) && !PhiLexicon.WordNames.Contains(Key(name.Value)) && !IsClinical(name.Value))
            Add(found, PhiKind.Name, name.Index, name.Index + name.Length, PhiConfidence.Likely, afterPersonCue: true);
    }

    [GeneratedRegex(@"[—–-]\s*(?<name>\p{Ll}{3,})[""”'’]?\s*$")]
    private static partial Regex LowerCaseSignature();

    /// <summary>"Mark Sorensen (son) says ...; Mark will bring the bottles": a word of a name found in the text, written again
    /// alone and capitalised, is that person again (as sure as a name alone, and after a person's cue when the first was).
    /// Only words of three letters or more that are no clinical or calendar word; a name that is also a word ("Mark", "Young")
    /// opening a sentence only before what a person does ("Mark will bring", not "Young adults are").</summary>
    private void AddRepeatedNames(string text, List<PhiFinding> found)
    {
        if (!found.Any(f => f.Kind == PhiKind.Name)) return;
        var repeated = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in found.Where(f => f.Kind == PhiKind.Name))
            foreach (var word in text[name.Start..name.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bare = Bare(word.Trim(',', '.', '(', ')'));
                if (bare.Length >= 3 && char.IsUpper(bare[0]) && NameFolding.IsCased(bare) && !IsClinical(bare))
                    repeated[bare] = repeated.GetValueOrDefault(bare) || name.AfterPersonCue;
            }
        foreach (var (word, afterPersonCue) in repeated)
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (at > 0 && char.IsLetter(text[at - 1]) || end < text.Length && char.IsLetter(text[end])) continue;
                if (PhiLexicon.CommonWords.Contains(word) && AtSentenceStart(text, at) && !PersonVerb().IsMatch(text.AsSpan(end)) && !ModalVerbAfter().IsMatch(text.AsSpan(end))) continue;
                Add(found, PhiKind.Name, at, end, PhiConfidence.Likely, afterPersonCue);
            }
    }

    [GeneratedRegex(@"^\s+(?:will|would|can|could|should|must|might)\s+\p{Ll}")]
    private static partial Regex ModalVerbAfter();

    /// <summary>A clinical, calendar or acronym word ("Easter Sunday"); a place, with the word before it ("British Columbia");
    /// a saint's day, a holiday ("Independence Day"); the name of a body ("Royal College", "Mercy Hospital").</summary>
    private bool NoPersonThere(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        var run = text[start..end];
        var words = run.Split(' ');
        return AnyClinical(text, start, end) || InPlaceName(text, start, end) || AfterSaint(text, start) || EnglishWordAlone(text, start, end)
            || ForeignArticles.Contains(words[0]) || GermanNounEnding().IsMatch(run) || ContextRulesOutAPerson(text, start, end)
            || PlaceWordAfter().IsMatch(after)
            || BodyWordAfter().IsMatch(after) || BodyWordAfter().IsMatch(" " + words[^1]);
    }

    /// <summary>"Two-Spirit", "Sweetness returned": an English word alone, no known name (nor any part of a hyphenated one),
    /// anywhere when hyphenated, and else opening a sentence with nothing after it that only a person does. A known name
    /// stays ("Frank came in intoxicated", "Hope is the peer coach").</summary>
    private bool EnglishWordAlone(string text, int start, int end)
    {
        var run = text[start..end];
        if (run.Contains(' ') || !IsEnglishWord(run) || run.Split('-').Any(IsKnownName)) return false;
        return run.Contains('-') || AtSentenceStart(text, start) && !PersonFollows(text.AsSpan(end));
    }

    /// <summary>Whether the run, alone or with the capitalised word before or after it, is a place ("Columbia" in "British
    /// Columbia", "Nova" in "Nova Scotia").</summary>
    private bool InPlaceName(string text, int start, int end)
    {
        if (_lexicon.Places.Contains(NameFolding.Fold(text[start..end]))) return true;
        var next = NextCapitalisedWord().Match(text, end);
        if (next.Success && _lexicon.Places.Contains(NameFolding.Fold(text[start..(next.Index + next.Length)]))) return true;
        var before = text.AsSpan(0, start).TrimEnd();
        var from = before.LastIndexOfAny(' ', '\n', '(') + 1;
        return from < before.Length && char.IsUpper(before[from]) && _lexicon.Places.Contains(NameFolding.Fold(text[from..end]));
    }

    [GeneratedRegex(@"\G\s+\p{Lu}[\p{L}'’-]*")]
    private static partial Regex NextCapitalisedWord();

    /// <summary>What around a run rules out a person, for the rules (with no cue or a word of contact) and the tagger alike: a
    /// holiday after it or its own name ("Columbus Day", "Boxing Day"), a year after a month ("im Mai 2021"), a sentence about
    /// drug slang or a street name used, an eponym's head word of another language before it, "between" after it; "Rose" from a
    /// seat, the French "Elle" before its verb, a German noun after an age ("61-jähriger Mann"), a name that is also a word
    /// said to be a thing ("Autumn was the season").</summary>
    private static bool ContextRulesOutAPerson(string text, int start, int end) =>
        HolidayAfter().IsMatch(text.AsSpan(end)) || HolidaysOwnName(text, start, end) || MonthOfAYear(text, start, end)
        || InASentenceOnSlang(text, start) || SlangUsed(text, start, end) || AfterAForeignEponymHead(text, start) || NoPersonAfter().IsMatch(text.AsSpan(end))
        || text.AsSpan(start, end - start) switch
        {
            "Rose" => RoseFromASeat().IsMatch(text.AsSpan(end)),
            "Elle" => FrenchVerbAfter().IsMatch(text.AsSpan(end)),
            _ => false,
        }
        || GermanAgeBefore().IsMatch(text.AsSpan(0, start)) || WordNameDescribedAsAThing(text, start, end);

    /// <summary>"Autumn was the season when ...", "Brandy was his drink of choice", "Destiny was not a word he used", "Dawn is the
    /// hardest time of day": a name that is also a word, opening a sentence, said to be a thing: the word. "Hope is the peer
    /// coach" and "Rose is the daughter who ..." stay people: a word for a person or a role among the nouns keeps the name.</summary>
    private static bool WordNameDescribedAsAThing(string text, int start, int end)
    {
        if (!AtSentenceStart(text, start) || !PhiLexicon.WordNames.Contains(NameFolding.Fold(text[start..end]))) return false;
        var described = DescribedAs().Match(text, end);
        return described.Success && !PersonNoun().IsMatch(described.Groups["nouns"].ValueSpan);
    }

    [GeneratedRegex(@"\G\s+(?:is|was)\s+(?:not\s+)?(?:the|a|an|his|her|their|my|our|your)\s+(?<nouns>(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)")]
    private static partial Regex DescribedAs();

    /// <summary>Words for a person or a role: after "is the" they make the word before a person's name.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + Relation + @"|person|man|woman|lady|guy|girl|boy|baby|kid|teen|patient|client|member|resident|veteran|" +
        @"case manager|worker|interpreter|landlord|sponsor|pharmacist|nurse|physician|doctor|counsell?or|peer|coach|navigator|advocate|" +
        @"therapist|psychologist|psychiatrist|provider|clinician|prescriber|receptionist|secretary|manager|director|coordinator|" +
        @"one|owner|contact|carer|aide|volunteer|leader|chair|officer|agent|student|teacher|colleague|employee|boss|supervisor)(?:s|es)?(?![\p{L}])",
        RegexOptions.IgnoreCase)]
    private static partial Regex PersonNoun();

    /// <summary>"ein 61-jähriger Mann": a German noun after an age, not the surname Mann. Read from the end of the text before the
    /// run (right to left), not across all of it.</summary>
    [GeneratedRegex(@"jährige[rnms]?\s+$", RegexOptions.RightToLeft)]
    private static partial Regex GermanAgeBefore();

    /// <summary>"Elle a une maladie de Basedow": the French pronoun before its verb, not the name.</summary>
    [GeneratedRegex(@"^\s+(?:a|est|était|avait|sera|n['’]|ne|se|s['’]|va|doit|prend|présente|reçoit|souffre|dit|signale|rapporte|décrit|utilise)(?![\p{L}])")]
    private static partial Regex FrenchVerbAfter();

    /// <summary>"Rose from the chair", "Rose to standing": the verb, not the name.</summary>
    [GeneratedRegex(@"^\s+(?:(?:slowly|unaided|independently|again)\s+)?(?:from|to|off|out of|up from)\s+(?:(?:the|her|his|a)\s+)?(?:chair|bed|seat|floor|toilet|couch|sofa|table|wheelchair|stool|sitting|standing|stand|supine|squat|kneeling)\b")]
    private static partial Regex RoseFromASeat();

    /// <summary>"Boxing Day", "Canada Day", "New Year's Eve": a run that is a holiday's name itself, or its day or eve after the
    /// holiday ("on Christmas Eve").</summary>
    private static bool HolidaysOwnName(string text, int start, int end) =>
        HolidayName().IsMatch(text.AsSpan(start, end - start)) || HolidayBefore().IsMatch(text.AsSpan(0, start)) && DayOrEve().IsMatch(text.AsSpan(start, end - start));

    [GeneratedRegex(@"\s(?:Day|Eve)$")]
    private static partial Regex HolidayName();

    [GeneratedRegex(@"(?:Christmas|Xmas|Year['’]s|Hallowe|Midsummer|Easter|Passover|Hanukkah|Ramadan)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex HolidayBefore();

    [GeneratedRegex(@"^(?:Day|Eve|Even|Morning|Night)\b")]
    private static partial Regex DayOrEve();

    /// <summary>"Harmony between the clinics": what no person is followed by.</summary>
    [GeneratedRegex(@"^\s+(?:between|among|amongst)\b")]
    private static partial Regex NoPersonAfter();

    /// <summary>"Molly was used once", "Tina was smoked", "Molly and other stimulants": a drug's street name used or counted among
    /// drugs, not a person (who is taken to the ED, not used).</summary>
    private static bool SlangUsed(string text, int start, int end) =>
        DrugStreetNames.Contains(text[start..end]) && SlangUseAfter().IsMatch(text.AsSpan(end));

    private static readonly HashSet<string> DrugStreetNames = ["Molly", "Tina", "Charlie", "Lucy", "Mary Jane", "Christina", "Crystal", "Henry", "Billy"];

    [GeneratedRegex(@"^\s+(?:(?:was|were|is|has been|had been)\s+(?:(?:first|only|last|also|then)\s+)?(?:used|smoked|snorted|injected|ingested|sold|bought|taken recreationally)" +
        @"|(?:and|or|,)\s+(?:other|any other)\s+(?:\w+\s+)?(?:stimulants|drugs|substances|amphetamines|opioids|sedatives|hallucinogens|psychedelics))\b")]
    private static partial Regex SlangUseAfter();

    /// <summary>Months that are also given names: after kin they are a person ("her daughter June", "son August").</summary>
    private static readonly HashSet<string> GivenNameMonths = new(["april", "may", "june", "august"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Signo de Hoffmann", "Doença de Chagas", "Morbus Crohn": a name after what an eponym names in another language.</summary>
    private static bool AfterAForeignEponymHead(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var from = before.LastIndexOf(' ') + 1;
        if (before[from..] is "de" or "do" or "da" or "di" or "del" or "du" or "von")
        {
            before = before[..from].TrimEnd();
            from = before.LastIndexOf(' ') + 1;
        }
        return from < before.Length && ClinicalLookalikes.ForeignEponymHeads.Contains(NameFolding.Fold(before[from..].ToString()));
    }

    /// <summary>"im Mai 2021", "en Julio de 2019": a month that is also a given name, before a year.</summary>
    private static bool MonthOfAYear(string text, int start, int end) =>
        MonthNames.Contains(text[start..end]) && YearAfter().IsMatch(text.AsSpan(end));

    private static readonly HashSet<string> MonthNames = new(Finders.DatePatterns.Months.Split('|'), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s+(?:de\s+|del\s+)?(?:19|20)\d\d\b")]
    private static partial Regex YearAfter();

    /// <summary>"Molly was the street name he used for MDMA", "Tina is a slang term for methamphetamine": in a sentence about
    /// street names, a name is a drug's.</summary>
    private static bool InASentenceOnSlang(string text, int index)
    {
        var from = text.AsSpan(0, index).LastIndexOfAny(SentenceEnds) + 1;
        var to = text.AsSpan(index).IndexOfAny(SentenceEnds);
        return SlangWords().IsMatch(text.AsSpan(from, (to < 0 ? text.Length : index + to) - from));
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n");

    [GeneratedRegex(@"\b(?:street|slang) (?:names?|terms?|words?)\b|\bslang\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlangWords();

    /// <summary>"Independence Day", "Christmas Eve", "Martin Luther King Jr. Day": a holiday's name.</summary>
    [GeneratedRegex(@"^(?:\s+King)?(?:\s+Jr\.?)?(?:'s|’s)?\s+(?:Day|Eve|Weekend)\b")]
    private static partial Regex HolidayAfter();

    private bool AnyClinical(string text, int start, int end)
    {
        foreach (Match w in Word().Matches(text[start..end]))
            if (IsClinical(w.Value) || w.Value.Contains('-') && w.Value.Split('-').Any(p => p.Length > 2 && IsClinical(p))) return true; // "Opioid-induced", "QTc-Zeit"
        return false;
    }

    /// <summary>What stands before a run of capitalised words: a title ("Dr.", "named"), kin ("her son", "sa fille"), another
    /// relation or role ("partner", "pharmacist"), an initial ("J. Okonkwo"), a word of contact ("spoke with", "from", "call"), or nothing.</summary>
    private enum NameCue { None, Contact, Relation, Kin, Initial, Title }

    /// <summary>
    /// The name in a run of capitalised words. After a title, the run is a name unless it starts with a clinical
    /// word. After a relation or role, any words that are not clinical are a name (Grace or Will included). After a
    /// word of contact, two or more such words are, or one known name, unless they name a place. Without a cue, two or
    /// more words that are not clinical are a name when one is a known name or a person's verb follows (a first name
    /// like Grace or May counts when a surname follows), and a known first name alone is one unless it opens a sentence
    /// without a person's verb after it. Words that are in no list are a name, less surely, when they are no English,
    /// clinical or place word and a person's verb follows ("Mokoena reports", "Ó Murchú, aged 90").
    /// </summary>
    private void AddName(List<PhiFinding> found, string text, Group run, NameCue cue, Lazy<List<(int Start, int End)>> lookalikes, bool afterPersonCue = false)
    {
        var words = WordsOf(run);
        bool InLookalike(int i) => lookalikes.Value.Any(l => l.Start <= words[i].Index && words[i].Index < l.End);
        bool Clinical(int i) => IsClinical(words[i].Value) || InLookalike(i);
        bool SurnameThatIsAnEponym(int i) => ClinicalLookalikes.Eponyms.Contains(Key(words[i].Value)) && !InLookalike(i);
        // a lower-case particle ("da", "van") belongs to a name but makes none
        // (an English word that is nobody's name is ordinary before the look-alikes need finding: "Discussed", "Severe")
        bool Ordinary(int i) => char.IsLower(words[i].Value[0]) || PhiLexicon.CommonWords.Contains(Bare(words[i].Value))
            || IsEnglishWord(words[i].Value) && !IsKnownName(words[i].Value) || Clinical(i) || ForeignArticles.Contains(words[i].Value);
        bool FirstNameBeforeSurname(int i) => i + 1 < words.Count && _lexicon.FirstNames.Contains(Key(words[i].Value)) && !Ordinary(i + 1);
        // "Pereira da Costa": a particle continues a name when a capitalised word follows it
        bool Continues(int i) => !Ordinary(i) || char.IsLower(words[i].Value[0]) && !Clinical(i) && i + 1 < words.Count
            && (!Ordinary(i + 1) || char.IsLower(words[i + 1].Value[0]) && i + 2 < words.Count && !Ordinary(i + 2));
        int start, end;
        double confidence;
        if (cue == NameCue.None)
        {
            start = Enumerable.Range(0, words.Count).FirstOrDefault(i => !Ordinary(i) || FirstNameBeforeSurname(i), -1);
            if (start < 0)
            {
                // "Faith missed 2 doses", "Amber | CHI ...", "Hunter (pt's nephew)": a first name that is also a word, alone, before what only a person does
                if (words.Count == 1 && _lexicon.FirstNames.Contains(Key(words[0].Value)) && !RelationWordsAsNames.Contains(Bare(words[0].Value))
                    && !IsMonthOrDay(Bare(words[0].Value)) && PersonFollows(text.AsSpan(words[0].Index + words[0].Length)))
                    Add(found, PhiKind.Name, words[0].Index, words[0].Index + words[0].Length, PhiConfidence.Likely);
                return;
            }
            end = start;
            while (end + 1 < words.Count && Continues(end + 1)) end++;
            // "The Royal Australian College of ...": a run before the word for a body is its name
            if (IsPlace(text, words, start, end) || RelationWordsAsNames.Contains(Bare(words[start].Value)) || BeforeEponym(words, end) || AfterPlacePossessive(text, words, start)
                || BodyWordAfter().IsMatch(text.AsSpan(words[end].Index + words[end].Length))
                || ContextRulesOutAPerson(text, words[start].Index, words[end].Index + words[end].Length)
                || PeopleNounAfter().IsMatch(text.AsSpan(words[end].Index + words[end].Length))) return;
            var known = end == start
                ? IsKnownFirstName(words[start].Value) && !AfterSaint(text, words[start].Index)
                  // "Brandy was his drink": a name that is also a word opens a sentence as a person only before what a person does
                  && (!AtSentenceStart(text, words[start].Index) || (IsEnglishWord(words[start].Value)
                      ? PersonFollows(text.AsSpan(words[start].Index + words[start].Length)) : PersonVerbFollows(text, words[start])))
                  // "Horváth reports ...", "... and Novák": a known surname alone before a person's verb or inside a sentence
                  || IsKnownSurname(words[start].Value) && !PhiLexicon.WordNames.Contains(Key(words[start].Value)) && !AfterSaint(text, words[start].Index)
                     && (PersonVerbFollows(text, words[start], verbOnly: true) || !AtSentenceStart(text, words[start].Index))
                // "American College of ...", "Good Samaritan laws": capitalised pairs are names only with a known name or a person's verb
                : Enumerable.Range(start, end - start + 1).Any(i => char.IsUpper(words[i].Value[0]) && (IsKnownFirstName(words[i].Value) || _lexicon.LastNames.Contains(Key(words[i].Value))))
                  || PersonVerbFollows(text, words[end]);
            var after = text.AsSpan(words[end].Index + words[end].Length);
            var personFollows = PersonFollows(after);
            bool Unlisted(int i) => char.IsLower(words[i].Value[0]) || IsUnlistedWord(words[i].Value);
            if (known) confidence = end == start ? PhiConfidence.Likely : PhiConfidence.Shaped;
            // "Mokoena reports", "Sana Tariq", "Spyros Alexiou | CPR-nr.": words in no list before a person's verb or a form's bar,
            // or two or more of them, perhaps with a known name
            else if (Enumerable.Range(start, end - start + 1).All(Unlisted) && personFollows
                     || end > start && Enumerable.Range(start, end - start + 1).All(i => Unlisted(i) || IsKnownName(words[i].Value) && !IsEnglishWord(words[i].Value))
                        && Enumerable.Range(start, end - start + 1).Count(i => !char.IsLower(words[i].Value[0]) && IsUnlistedWord(words[i].Value)) >= 1)
                confidence = PhiConfidence.Likely;
            // "Faith Ogunleye", "Summer Nguyen-Whitaker": a first name that is also a word, before a surname in no list or a known one
            else if (end > start && FirstNameBeforeSurname(start) && Enumerable.Range(start + 1, end - start).All(i => IsUnlistedWord(words[i].Value)
                     || _lexicon.LastNames.Contains(Key(words[i].Value)) && !IsEnglishWord(words[i].Value))) confidence = PhiConfidence.Likely;
            // "Faith missed 2 doses", "Miles reports ...": a first name that is also a word, before a person's verb
            // (a relation word such as "Sister" was ruled out above)
            else if (end == start && _lexicon.FirstNames.Contains(Key(words[start].Value)) && personFollows) confidence = PhiConfidence.Likely;
            else return;
        }
        else
        {
            // After a title even a month is a name ("Ms. April Nakashima").
            // After kin a month that is also a given name is one ("her daughter June"); after a title or "patient" an eponym
            // that names nothing there is a surname ("Ms. Parkinson, a 62-year-old", not "Mr. Smith's Parkinson disease").
            var monthAsName = IsMonthOrDay(words[0].Value)
                && (cue == NameCue.Title && words.Count > 1 || cue == NameCue.Kin && GivenNameMonths.Contains(Bare(words[0].Value)));
            var eponymAsSurname = (cue == NameCue.Title || cue == NameCue.Relation && afterPersonCue) && SurnameThatIsAnEponym(0);
            if (Clinical(0) && !monthAsName && !eponymAsSurname) return;
            start = 0;
            end = 0;
            while (end + 1 < words.Count && !Clinical(end + 1)) end++;
            // "Princess Mother National Institute": the name of a body after a kin word
            if (BeforeEponym(words, end) || cue != NameCue.Title && end > 0 && BodyWordAfter().IsMatch(" " + words[end].Value)) return;
            // "spoke with Amara Okafor", "asking for Aoife": after a word of contact two words are a name, and one when it is
            // a known name or, less surely, in no list
            var unlistedAlone = end == 0 && !IsKnownName(words[0].Value);
            if (cue == NameCue.Contact && (IsPlace(text, words, start, end) || unlistedAlone && !IsUnlistedWord(words[0].Value) || end == 0 && Ordinary(0)
                || ContextRulesOutAPerson(text, words[start].Index, words[end].Index + words[end].Length))) return;
            if (cue == NameCue.Initial && Ordinary(0) || cue is NameCue.Relation or NameCue.Kin && end == 0 && char.IsLower(words[0].Value[0])) return;
            // "Patient Information", "Partner Notification": after a relation or role (not kin: "husband Rob"), English words
            // with no name among them are a heading
            if (cue == NameCue.Relation && Enumerable.Range(0, end + 1).All(i => IsEnglishWord(words[i].Value) && !IsKnownName(words[i].Value))) return;
            // "hepatitis C. Socially, ...": after a sentence-ending capital, an adverb is not a surname.
            if (cue == NameCue.Initial && Bare(words[0].Value).EndsWith("ly", StringComparison.Ordinal) && !IsKnownName(words[0].Value)) return;
            confidence = cue == NameCue.Title ? PhiConfidence.Labelled : cue == NameCue.Contact && unlistedAlone ? PhiConfidence.Likely : PhiConfidence.Shaped;
        }
        // "Panadol Osteo 665 mg", "switched from Targin 20 mg": a product before its dose
        if (cue != NameCue.Title && DoseAfter().IsMatch(text.AsSpan(words[end].Index + words[end].Length))) return;
        Add(found, PhiKind.Name, words[start].Index, words[end].Index + words[end].Length, confidence, afterPersonCue);
    }

    /// <summary>"Alvarez J | 01/04/2024 | bup 8 mg", "Table row: Chen L |": a surname and an initial in a table's cell, surely
    /// when the surname is known, likely when it is in no list; not "Vitamin D |" or "Hepatitis C |".</summary>
    private void AddSurnameAndInitial(List<PhiFinding> found, Group surname, Group name)
    {
        var word = surname.Value;
        var confidence = IsClinical(word) ? 0 : IsKnownSurname(word) ? PhiConfidence.Shaped : IsUnlistedWord(word) ? PhiConfidence.Likely : 0;
        if (confidence > 0) Add(found, PhiKind.Name, name.Index, name.Index + name.Length, confidence);
    }

    [GeneratedRegex(@"(?<=(?:^|[|:])[ \t]*)(?<name>(?<surname>\p{Lu}\p{Ll}[\p{L}'’-]+) \p{Lu}\.?)(?=[ \t]*\|)", RegexOptions.Multiline)]
    private static partial Regex SurnameAndInitialInATable();

    /// <summary>"described by Carl Wernicke", "Georges Guillain, Jean-Alexandre Barré": the first name of an eponym's physician.</summary>
    private static bool BeforeEponym(List<(int Index, int Length, string Value)> words, int end) =>
        end + 1 < words.Count && ClinicalLookalikes.Eponyms.Contains(Key(words[end + 1].Value));

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    /// <summary>"Ein Naloxon-Nasenspray wurde ...", "Au Québec", "Seit März 2021": articles and prepositions of other languages
    /// open a sentence, not a name (not "Le", "Das" or "De": Lê, Das and De Souza are names).</summary>
    private static readonly HashSet<string> ForeignArticles = ["Ein", "Eine", "Einen", "Einem", "Einer", "Kein", "Keine", "Keinen", "Der", "Dem", "Les", "Une", "Los", "Las",
        "Il", "Gli", "Uno", "Una", "Um", "Uma", "Het", "Een", "Unos", "Unas", "En", "Au", "Aux", "Dans", "Pour", "Avec", "Sur", "Chez", "Seit",
        "Bei", "Mit", "Nach", "Für", "Vom", "Zum", "Zur", "Por", "Para", "Con", "Desde", "Durante", "Según", "Nel", "Nella", "Dal", "Dalla",
        "Dopo", "Com", "Pelo", "Pela", "Após", "Im", "Am", "Beim", "Ins", "Laut", "Gemäß", "Gemäss", "Selon", "Das", "Des", "Den",
        "Nächste", "Nächsten", "Letzte", "Letzten", "Weitere", "Erste"];

    /// <summary>"Sister is supportive": a relation word at the start of a sentence is no name.</summary>
    private static readonly HashSet<string> RelationWordsAsNames = new(StringComparer.OrdinalIgnoreCase) { "sister", "brother", "mother", "father", "son", "daughter", "nurse", "patient" };

    /// <summary>"Sri Lankan pt", "Armenian family": a people, not a person.</summary>
    [GeneratedRegex(@"^\s+(?:pt|patients?|man|men|woman|women|boy|girl|family|families|community|communities|speakers?|nationals?|origin|descent|interpreter|colleague|heritage)\b")]
    private static partial Regex PeopleNounAfter();

    private static bool PersonFollows(ReadOnlySpan<char> after) => StrongPersonVerb().IsMatch(after) || FormBar().IsMatch(after) || ApposedRelation().IsMatch(after);

    /// <summary>"Zhao Lei - pt's husband", "Siobhán (daughter)", "Amina, her case manager,", "Rusty the neighbour": a person's relation to the patient after them.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+|[-–—,]\s*(?:(?:his|her|their|the)\s+|(?:pt|patient|client)['’]s\s+)|\(\s*(?:\d{1,3},\s*)?(?:(?:his|her|their|the|pt['’]s|patient['’]s)\s+)?)" +
        @"(?i:" + Relation + @"|case manager|key worker|support worker|interpreter|landlord|sponsor|front desk|they/them|she/her|he/him|" +
        @"pharmacist|nurse|physician|doctor|counsell?or|social worker|peer|coach|CHW|caseworker|nickname|alias|\d{1,3}\s*(?:yo|y/o|y|yrs?|years?|J\.?|ans|años))(?![\p{L}])")]
    private static partial Regex ApposedRelation();

    [GeneratedRegex(@"^\s+\d+(?:[.,/]\d+)*\s*(?:mg|mcg|µg|ug|g|ml|mL|%|units?|IU|micrograms?)\b")]
    private static partial Regex DoseAfter();

    /// <summary>"Fortführung", "Substitutionstherapie", "Krankheit", "Hausarzt": German capitalises its nouns; these endings make no name.</summary>
    [GeneratedRegex(@"(?:ung|ungen|keit|heit|schaft|therapie|tion|ismus|ität|behandlung|praxis|schmerz|schmerzen|arzt|ärztin|[Kk]ontrolle|[Rr]isiko)$")]
    private static partial Regex GermanNounEnding();

    /// <summary>"Misty | NHI FKS5100": a name heading a form line; not a table's header ("Name | Dose | Frequency").</summary>
    [GeneratedRegex(@"^\s*\|(?!\s*\p{Lu}\p{Ll}+\s*\|)")]
    private static partial Regex FormBar();

    /// <summary>Whether every part of a word (between hyphens and apostrophes) is an English word.</summary>
    private static bool IsEnglishWord(string word) => EnglishParts(Bare(word)).All;

    /// <summary>Whether any and whether every non-empty part of a word (between hyphens and apostrophes) is an English word.</summary>
    private static (bool Any, bool All) EnglishParts(ReadOnlySpan<char> rest)
    {
        var (any, all) = (false, true);
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(WordJoiners);
            var part = cut < 0 ? rest : rest[..cut];
            if (part.Length > 0 && EnglishWordLookup.Contains(part)) any = true;
            else if (part.Length > 0) all = false;
            rest = cut < 0 ? [] : rest[(cut + 1)..];
        }
        return (any, all);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWordLookup =
        ((HashSet<string>)PhiLexicon.EnglishWords).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> WordJoiners = System.Buffers.SearchValues.Create("-'’");

    /// <summary>A word in no list: no English word (each part of a hyphenated one), no clinical word, no place, and with a
    /// vowel (a code such as "Cdc" or "Xr" has none).</summary>
    private bool IsUnlistedWord(string word)
    {
        var bare = Bare(word);
        var folded = NameFolding.Fold(bare);
        if (bare.Length < 2 || folded.AsSpan().IndexOfAny(Vowels) < 0) return false;
        if (IsClinical(word) || _lexicon.Places.Contains(folded) || GermanNounEnding().IsMatch(bare)) return false;
        return !EnglishParts(bare).Any && !IsAcronym(word);
    }

    /// <summary>"Sweden's Systembolaget", "Finland's Alko": a body named after its country's possessive, not a person.</summary>
    private bool AfterPlacePossessive(string text, List<(int Index, int Length, string Value)> words, int start)
    {
        var first = words[start].Value;
        if (first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal)) return _lexicon.Places.Contains(Key(first));
        // read back over the spaces, the possessive and the word before it (a pattern over text[..start] would cost the whole text for each name)
        var end = words[start].Index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == words[start].Index || end < 3 || text[end - 1] != 's' || text[end - 2] is not ('\'' or '’')) return false;
        var from = end - 2;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-')) from--;
        return from < end - 2 && char.IsUpper(text[from]) && _lexicon.Places.Contains(NameFolding.Fold(text[from..(end - 2)]));
    }

    /// <summary>"Minas Gerais", "Lagos State", "Lake Balaton": the words name a state, city or country of some locale, or a
    /// place word stands after or before them.</summary>
    private bool IsPlace(string text, List<(int Index, int Length, string Value)> words, int start, int end)
    {
        var run = text[words[start].Index..(words[end].Index + words[end].Length)];
        if (_lexicon.Places.Contains(NameFolding.Fold(run)) || end > start && PlaceWordAfter().IsMatch(" " + words[end].Value)) return true;
        if (PlaceWordAfter().IsMatch(text.AsSpan(words[end].Index + words[end].Length))) return true;
        var before = text.AsSpan(0, words[start].Index).TrimEnd();
        foreach (var marker in PlaceWordsBefore)
            if (before.EndsWith(marker, StringComparison.Ordinal) && (before.Length == marker.Length || !char.IsLetter(before[^(marker.Length + 1)]))) return true;
        return false;
    }

    private static readonly string[] PlaceWordsBefore = ["Lake", "Mount", "Mt.", "River", "Cape", "Port", "Fort", "Saint", "San", "Santa", "Bay of", "Gulf of"];

    [GeneratedRegex(@"^\s+(?:State|Province|County|Region|District|Territory|City|Island|Islands|Valley|River|Lake|Mountains?|Coast|Peninsula)\b")]
    private static partial Regex PlaceWordAfter();

    /// <summary>"Royal College", "Mercy Hospital", "Hunter Valley Mining": a run before (or ending in) the word for a body is its name, no person's.</summary>
    [GeneratedRegex(@"^\s+(?:College|Hospital|Infirmary|Clinic|Centre|Center|University|Institute|Society|Association|Foundation|Trust|Council|" +
        @"Ministry|Department|Agency|Service|Services|Church|Pharmacy|Health|Mining|Company|Corporation|Pty|Ltd|Inc|LLC|GmbH|Hospice|School|Academy)\b")]
    private static partial Regex BodyWordAfter();

    /// <summary>What follows a person and nothing else: "reports", "attended", "was reviewed", ", aged 96".</summary>
    [GeneratedRegex(@"^(?:\s+(?:reports?|reported|says|said|states|stated|attended|attends|presented|presents|completed|underwent|denies|denied|admits|" +
        @"told|asked|agreed|declined|missed|collects|drives|lives|works|called|phoned|requested|arrived|returned|moved|manages|keeps|sleeps|shared|posts|" +
        @"logged|e-?mailed|prefers|picked|brought|wants|asks|refuses|refused|declines|endorses|feels|felt|tolerated|tolerates|relapsed|overdosed|texted|" +
        @"rang|messaged|visited|injects|smokes|drinks|(?:was|is|has been|had been)\s+(?:seen|reviewed|doing|clean|" +
        @"admitted|referred|discharged|assessed|started|switched|inducted|counselled|counseled))\b|,?\s+(?:aged?|age)\s+\d|\s+\((?:aged?\s+)?\d{2,3}\))")]
    private static partial Regex StrongPersonVerb();

    private bool IsKnownFirstName(string word) => _lexicon.FirstNames.Contains(Key(word)) && !PhiLexicon.CommonWords.Contains(Bare(word));

    private bool IsKnownSurname(string word) => _lexicon.LastNames.Contains(Key(word)) && !PhiLexicon.CommonWords.Contains(Bare(word));

    private bool IsKnownName(string word) => _lexicon.FirstNames.Contains(Key(word)) || _lexicon.LastNames.Contains(Key(word));

    /// <summary>A word as the name lists keep it: without a possessive, folded.</summary>
    private static string Key(string word) => NameFolding.Fold(Bare(word));

    private static bool AtSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '(')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or '\n';
    }

    /// <summary>St John's wort, St. Mary's: a saint's name names a plant or a place. Looks back only over the words before.</summary>
    private static bool AfterSaint(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == index) return false;
        return EndsWithWord(text, end, "St") || EndsWithWord(text, end, "St.") || EndsWithWord(text, end, "Saint");
    }

    /// <summary>Whether text[..end] ends with the word, with no word character before it.</summary>
    private static bool EndsWithWord(string text, int end, string word)
    {
        var start = end - word.Length;
        return start >= 0 && text.AsSpan(start, word.Length).SequenceEqual(word)
            && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'));
    }

    private static bool PersonVerbFollows(string text, (int Index, int Length, string Value) word, bool verbOnly = false)
    {
        var after = text.AsSpan(word.Index + word.Length);
        return PersonVerb().IsMatch(after) && (!verbOnly || after.Length > 0 && char.IsWhiteSpace(after[0]));
    }

    private static List<(int Index, int Length, string Value)> WordsOf(Group run)
    {
        var list = new List<(int, int, string)>();
        foreach (Match w in Word().Matches(run.Value)) list.Add((run.Index + w.Index, w.Length, w.Value));
        return list;
    }

    /// <summary>Words that are never part of a name: the vocabulary's, months and weekdays, acronyms (PTSD, ECHO).</summary>
    private bool IsClinical(string word)
    {
        var bare = Bare(word);
        if (bare.Length < 2 || IsMonthOrDay(bare) || IsAcronym(word)) return true;
        // "Hoffmann-Zeichen", "Parkinson-Krankheit": a compound ending in what an eponym names
        if (bare.LastIndexOf('-') is var hyphen and > 0 && EponymCompoundHeads.Contains(bare[(hyphen + 1)..])) return true;
        var key = NameFolding.Fold(bare);
        return _lexicon.ClinicalWords.Contains(key) || ClinicalLookalikes.Eponyms.Contains(key) || ClinicalLookalikes.NeverNames.Contains(key)
            || ClinicalLookalikes.ForeignEponymHeads.Contains(key) || ClinicalEnding().IsMatch(key) || PeoplesNames.Contains(key);
    }

    /// <summary>"Hantavirus", "Histoplasmosis", "Fibromyalgia": a word of medicine by its ending.</summary>
    [GeneratedRegex(@"\p{L}{3}(?:virus|itis|osis|emia|aemia|pathy|algia|plegia|ectomy|otomy|ostomy|plasty|scopy|coccus|bacter|bacteria)$")]
    private static partial Regex ClinicalEnding();

    /// <summary>"African Americans", "Pacific Islanders", "Alaska Natives": peoples, not persons.</summary>
    private static readonly HashSet<string> PeoplesNames = new(["americans", "africans", "asians", "europeans", "hispanics", "latinos", "latinas",
        "natives", "islanders", "indians", "canadians", "australians", "aboriginals", "caucasians", "alaskans", "hawaiians", "arabs", "whites", "blacks"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly char[] TrailingMarks = ['-', '\'', '’'];

    private static readonly HashSet<string> EponymCompoundHeads = new(["Zeichen", "Krankheit", "Syndrom", "Reflex", "Test", "Skala", "Score", "Probe", "Versuch"],
        StringComparer.OrdinalIgnoreCase);

    private static string Bare(string word)
    {
        word = word.TrimEnd(TrailingMarks);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
    }

    /// <summary>PTSD, OTPs, NP-run, DSM-5: capitals (before any hyphen), perhaps with a plural s.</summary>
    private static bool IsAcronym(string word)
    {
        var head = word.Split('-')[0];
        if (head.EndsWith('s') && head.Length > 2) head = head[..^1];
        return head.Length >= 1 && head.All(char.IsUpper) && (head.Length > 1 || word.Contains('-'));
    }

    private static bool IsMonthOrDay(string word) => Calendar.Contains(word);

    /// <summary>Months (in English and the languages <see cref="Finders.DatePatterns"/> reads), weekdays and holidays:
    /// "Januar 2024", "around Easter", "during Ramadan".</summary>
    private static readonly HashSet<string> Calendar = new(
        ((string[])["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "easter", "christmas", "xmas", "ramadan", "ramadhan", "eid", "diwali", "deepavali", "passover", "hanukkah", "chanukah", "thanksgiving",
            "lent", "advent", "pentecost", "kwanzaa", "nowruz", "vesak", "halloween", "kippur", "hashanah", "holi", "navratri", "chuseok", "tet",
            "iftar", "suhoor", "weihnachten", "ostern", "noël", "pâques", "navidad", "pascua", "natale", "pasqua", "natal", "páscoa",
            "silvester", "sylvester", "pfingsten", "fasching", "karneval", "carnaval", "carnival", "ferragosto", "hogmanay", "toussaint", "ognissanti",
            // weekdays of other languages (not "Domingo" or "Domenica", which are names)
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "lunedì",
            "martedì", "mercoledì", "giovedì", "venerdì", "sabato"])
            // short month names and months that are also given names (Mai, Maja, Julio, Avril, Kasım) may be a person
            .Concat(Finders.DatePatterns.Months.Split('|').Where(m => m.Length >= 5).Except(["avril", "julio", "augustus", "kasım", "kasim", "nisan", "marca"])),
        StringComparer.OrdinalIgnoreCase);
}
