# Every lexicon table of lib/lexicons/ and the C++ symbol it becomes
# (declared in lib/lexicons/lexicons.h). One line per table.
eventx_lexicon(country_variants kCountryVariants)
eventx_lexicon(country_abbreviations kCountryAbbreviations)
eventx_lexicon(participant_cues kParticipantCues)
eventx_lexicon(organization_suffixes kOrganizationSuffixes)
eventx_lexicon(places kPlaces)
eventx_lexicon(agreement_kinds kAgreementKinds)
eventx_lexicon(signing_verbs kSigningVerbs)
eventx_lexicon(agreement_cues kAgreementCues)
eventx_lexicon(titles kTitles)
eventx_lexicon(surnames kSurnames)
eventx_lexicon(person_name_cues kPersonNameCues)
eventx_lexicon(transliteration_chars kTransliterationChars)
