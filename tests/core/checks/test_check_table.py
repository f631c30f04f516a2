"""Each check on real sentences: the garble fires with the right span and fix; the look-alike stays quiet."""
import pytest

from app.core.checks import run_checks
from app.core.document import Document
from tests.conftest import SAMPLES

# (check, paragraph text, flagged text, first suggestion or None)
FIRES = [
    ("repeated-word", "The article co-authored by Lemaître Lemaître and Greenspan at Le Monde noted that.",
     "Lemaître Lemaître", "Lemaître"),
    ("repeated-word", "He said that the the sanctions would stay.", "the the", "the"),
    ("repeated-word", "The The talks ended on Friday.", "The The", "The"),
    ("entity-two-roles", "Today Putin expects Xi Jinping to support Xi not so much in actions as in words.",
     "Xi", "him"),
    ("entity-two-roles", "The plan would expand the connectivity of Macau to Macau and the travel market.",
     "Macau", None),
    ("stray-capital", "Putin’s expectations for the Samarkand summit are China’s Be more outspoken.", "Be", "be"),
    ("stray-capital", "We fully understand the need. We Help is being provided through coordinated action.",
     "Help", "help"),
    ("stray-capital", "It did not consider Beijing’s reaction, or even The interests of other countries.",
     "The", "the"),
    ("stray-capital", "But it wants to Do this without having to support Moscow.", "Do", "do"),
    ("apostrophe", "China‘s Global Times said in an editorial on September 14.", "‘", "’"),
    ("apostrophe", "Li Zhanshu, China`s No. 3, said it unequivocally.", "`", "’"),
    ("country-pronoun", "Russia did what it should do to protect itself. Facing the United States, she is "
                        "only exercising her right to self-defense.", "she", "it"),
    ("country-pronoun", "Russia did what it should do to protect itself. Facing the United States, she is "
                        "only exercising her right to self-defense.", "her", "its"),
    ("country-pronoun", "China has made clear that she will defend her sovereignty.", "she", "it"),
    ("fused-metadata", " date 2022-09-16 An article in Le Monde on Thursday wrote that Putin expects more.",
     "date 2022-09-16", "2022-09-16 —"),
    ("fused-metadata", "Source: Xinhua News Agency The talks ended on Friday in Beijing.",
     "Source: Xinhua News Agency", None),
    ("fused-metadata", "Photo credit: Reuters/Maxim Shemetov The two leaders met in Samarkand on Thursday.",
     "Photo credit: Reuters/Maxim Shemetov", None),
    ("fused-metadata", "By Philippe Ricard The first meeting between the two leaders was highlighted.",
     "By Philippe Ricard", None),
    ("wrong-language", "The minister praised the 一带一路 initiative at the summit.", "一带一路", None),
    ("wrong-language", "Open the account of @芳芳一人食 on Douyin, the video is refreshing.", "芳芳一人食", None),
    ("wrong-language", "The talks went well. Le président a déclaré que la situation était très grave pour "
                       "le pays. Then he left.", "Le président a déclaré que la situation était très grave "
                                                 "pour le pays.", None),
    ("wrong-language", "Putin spoke to reporters. Путин заявил журналистам что переговоры продолжатся.",
     "Путин заявил журналистам что переговоры продолжатся", None),
    ("punctuation", "Moscow said,, that the talks would continue.", ",,", ","),
    ("punctuation", "The talks ended in Moscow . Then they left.", " .", "."),
    ("punctuation", "The talks ended in Moscow. . Then they left.", ". .", "."),
    ("punctuation", "The talks  ended in Moscow.", "  ", " "),
    ("punctuation", "The talks ended in Moscow. Both sides said they would meet again soon", "soon", "soon."),
    ("unbalanced-quote", "Umarov said, “Russia is trying to push China to speak out against the West.", "“", None),
    ("unbalanced-quote", "China may provide Russia with military technology to evade sanctions. “", "“", ""),
    ("unbalanced-quote", "The friendship between the two countries is unlimited” and firm.", "”", None),
    ("broken-split", "China may provide such technology, just as China has done to Russia. Iran and North Korea "
                     "do in order to evade sanctions.", "Russia. Iran and North Korea do", None),
]

# (check, paragraph text): the check must stay quiet.
QUIET = [
    ("repeated-word", "He had had enough of the talks by Friday."),
    ("repeated-word", "She said that that was the end of it."),
    ("repeated-word", "They flew to Bora Bora for the summit."),
    ("repeated-word", "What it is is a negotiation, not a surrender."),
    ("repeated-word", "Analysts think Theresa May may resign before the summit."),
    ("repeated-word", "The court heard that Sirhan Sirhan had acted alone."),
    ("repeated-word", "Xi met Putin; Putin, in turn, met Xi."),
    ("entity-two-roles", "Putin expects Xi Jinping to support him not so much in actions as in words."),
    ("entity-two-roles", "The first meeting between Xi Jinping and Putin was highlighted."),
    ("entity-two-roles", "The road runs from New York to New Jersey."),
    ("entity-two-roles", "Putin asked Xi to support Xi’s own plan for the region."),
    ("entity-two-roles", "Manchester United beat Manchester City in the derby."),
    ("stray-capital", "The report was published in The Guardian on Monday."),
    ("stray-capital", "The Italian daily La Stampa wrote that the talks failed."),
    ("stray-capital", "He said I would be there, and I was."),
    ("stray-capital", "Xi Jinping said this on Wednesday: No matter how the situation develops, we hold."),
    ("stray-capital", "He said, “We fully understand the need for all measures.”"),
    ("stray-capital", "They studied Xi Jinping's Thought on Socialism with Chinese Characteristics."),
    ("stray-capital", "She read Gone With the Wind on the train."),
    ("stray-capital", "16 September 2022 An article in Le Monde wrote that."),
    ("apostrophe", "Russia launched a ‘special military operation’ in Ukraine."),
    ("apostrophe", "China’s Global Times said in an editorial."),
    ("apostrophe", "China's Global Times said in an editorial."),
    ("country-pronoun", "Russia did what it should do to protect itself. Facing the United States, it is "
                        "only exercising its right to self-defense."),
    ("country-pronoun", "Germany welcomed the deal. Chancellor Angela Merkel said she was pleased with her team."),
    ("country-pronoun", "The spokeswoman of the ministry said she would not comment on Russia."),
    ("country-pronoun", "White House press secretary Karine Jean-Pierre said she would visit China."),
    ("fused-metadata", "16 September 2022 — An article in Le Monde on Thursday wrote that Putin expects more."),
    ("fused-metadata", "On 16 September 2022 the leaders met in Samarkand."),
    ("fused-metadata", "Source: Xinhua News Agency."),
    ("fused-metadata", "By Thursday the two leaders had met in Samarkand."),
    ("wrong-language", "The Le Monde article also pointed out that China increased its purchases."),
    ("wrong-language", "Xi Jinping, Li Zhanshu, Volodymyr Zelensky and Evan Feigenbaum met in Samarkand."),
    ("wrong-language", "The α-particle results were published in Nature."),
    ("wrong-language", "The café served crème brûlée to the delegation."),
    ("wrong-language", "Copyright (c) 2018, Tzu-ping Chung <uranusjr@gmail.com>"),
    ("wrong-language", "Reporting by Zhang Yan, Li Jun and Wang Xiaoxiao; editing by Tang Guangming Xinhua"),
    ("punctuation", "Russia’s national interests (…), and the same goes for Ukraine."),
    ("punctuation", "Li Zhanshu, China’s No. 3, said so."),
    ("punctuation", "He waited... and then left."),
    ("punctuation", "Apple Inc., the company, said so."),
    ("punctuation", "The share rose by 1.5 percent."),
    ("punctuation", "EU summit debates refugee policy"),
    ("unbalanced-quote", "A related article said Russia launched a “special military operation” in Ukraine."),
    ("unbalanced-quote", "Xi said “unlimited”, and “firm”, of the friendship."),
    ("broken-split", "Moscow recently had to turn to Iran and North Korea for its military equipment needs."),
    ("broken-split", "As always, the talks ended. Iran and North Korea do not agree."),
]


# Real documents are longer than one sentence: the language is judged on the whole text.
CONTEXT = (SAMPLES / "lemonde-clean.txt").read_text(encoding="utf-8").split("\n\n")[2]


def _findings(text, check):
    doc = Document.from_paragraphs([CONTEXT, text])
    return [f for f in run_checks(doc, checks=[check]) if f.paragraph == 1]


@pytest.mark.parametrize("check,text,flagged,fix", FIRES)
def test_fires_on_the_garble(check, text, flagged, fix):
    found = _findings(text, check)
    hits = [f for f in found if f.text == flagged]
    assert hits, [f.text for f in found]
    f = hits[0]
    assert text[f.start:f.end] == flagged
    if fix is not None:
        assert f.suggestions[0] == fix
    assert f.message and f.category and f.severity


@pytest.mark.parametrize("check,text", QUIET)
def test_quiet_on_the_lookalike(check, text):
    assert [(f.text, f.message) for f in _findings(text, check)] == []


def test_headings_in_title_case_are_not_stray_capitals():
    from app.core.document import Paragraph
    heading = Paragraph("Putin expects China to Be more outspoken", style="Heading 1")
    body = Paragraph("Putin expects China to Be more outspoken")
    doc = Document((Paragraph(CONTEXT), heading, body))
    assert [f.paragraph for f in run_checks(doc, ["stray-capital"])] == [2]
