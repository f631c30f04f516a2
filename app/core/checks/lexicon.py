"""Word lists the checks share: function words, countries and organisations, stopwords."""
from __future__ import annotations

# Words that are never proper nouns or title words on their own in running English:
# a capitalised one mid-sentence is a stray capital. Nouns that often name
# institutions ("Party", "State", "Council") are deliberately absent.
COMMON = frozenset("""
a an the this that these those some any each every no all both either neither such
be is are was were been being am do does did done doing have has had having
will would shall should can could may might must
he she it we they you me him us them my your his its our their her
who whom whose which what whether
and or but nor so yet if because although though while whereas unless until since
of to in on at by for with from into onto upon about above below over under between among
through during before after against without within along across around behind beyond toward towards
not also even only just still already very more most less least much many few
there here then than too again ever never always often sometimes
help make makes made take takes took give gives gave get gets got go goes went come comes came
see sees saw know knows knew think thinks thought want wants wanted say says said tell tells told
provide provides provided support supports supported use uses used need needs needed
become becomes became keep keeps kept let lets put seem seems seemed show shows showed
being having doing making taking giving getting going coming saying providing helping
""".split())

# Articles and auxiliaries: a capitalised one followed by a lower-case word is
# unambiguous, so lower-casing it is a safe fix.
ARTICLES = frozenset("a an the".split())

COUNTRIES = frozenset("""
Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus
Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Croatia Cuba Cyprus
Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Hungary Iceland India
Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia
Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands
Nigeria Norway Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania
Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia
Zimbabwe America Britain England Scotland Wales Europe Africa Asia Beijing Moscow Washington Kyiv Kiev
Tokyo Paris London Berlin Tehran Pyongyang Seoul Taipei Brussels Ankara Delhi Kremlin Pentagon
NATO EU UN UK US USA USSR ASEAN OPEC WHO WTO IMF OSCE G7 G20 BRICS
""".split())
# Multi-word country names, matched on the words that precede a pronoun.
COUNTRY_PHRASES = ("United States", "United Kingdom", "European Union", "United Nations",
                   "North Korea", "South Korea", "Saudi Arabia", "South Africa", "New Zealand",
                   "Czech Republic", "White House", "Soviet Union")

# Evidence that a woman was named just before a she/her.
FEMALE_WORDS = frozenset("""
woman women girl girls mother wife daughter sister grandmother aunt niece queen princess lady
actress chairwoman spokeswoman congresswoman businesswoman widow bride mrs ms madam madame miss
dame duchess empress heroine
""".split())
FEMALE_NAMES = frozenset("""
Angela Ursula Hillary Kamala Nancy Theresa Liz Elizabeth Marine Giorgia Jacinda Sanna Kaja Annalena
Christine Janet Margaret Mary Anna Maria Olga Svetlana Yulia Tatiana Natalia Irina Elena Hua Chunying
Tsai Ing-wen Golda Indira Benazir Aung Suu Kyi Sarah Emily Emma Sophie Catherine Anne Marie Julia
Michelle Laura Susan Karen Linda Barbara Jennifer Jessica Amanda Rachel Victoria Charlotte Alice
""".split())

# Frequent function words per language: evidence for what a sentence is written in.
STOPWORDS = {
    "en": frozenset("the of and to in is that for it with as was on be by are this at from his an "
                    "have has had not but or which they their were been will would its who said".split()),
    "fr": frozenset("le la les de des du et est un une que qui dans pour pas sur au aux avec ce "
                    "cette sont il elle nous vous ont été mais ou leur par plus se".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
                    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch".split()),
    "es": frozenset("el la los las de del y que en un una es por con para no se su al lo como "
                    "más pero sus le ha fue este esta son entre cuando muy sin sobre".split()),
    "it": frozenset("il lo la gli le di del della e che è un una per non con sono si da al nel "
                    "alla dei delle anche come più ma ha questo questa".split()),
    "pt": frozenset("o a os as de do da dos das e que é um uma para com não se por em no na ao "
                    "mais como mas foi são seu sua ele ela".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er die ook als bij "
                    "door maar om dan naar heeft wordt worden".split()),
}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
                  "ru": "Russian", "ar": "Arabic", "el": "Greek", "he": "Hebrew", "uk": "Ukrainian",
                  "th": "Thai", "hi": "Hindi"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
