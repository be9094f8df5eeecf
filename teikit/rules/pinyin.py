"""Whether words are Chinese in pinyin (`zuoshi bu li`, `gonggong shitang`): each word a run
of the syllables pinyin spells, without tones.

A translator from Chinese, or from a language whose documents quote the Chinese, keeps a term
in pinyin after its translation; the words are no English, though short syllables are (`bu`,
`li`), and no other language's table knows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The syllables of Mandarin as pinyin spells them, without tones (`ü` also as `v`).
_SYLLABLES = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia
dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo
fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han
hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie
jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou
lu luan lun luo lü lüe lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo
mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan
nuo nü nüe nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia
qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua
ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi
shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang
tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo
yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei
zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun
zuo""".split()
_SYLLABLE_SET = frozenset(_SYLLABLES)
_LONGEST_SYLLABLE = max(map(len, _SYLLABLES))  # (`zhuang`)
_APOSTROPHE = re.compile(r"['’]")


def is_pinyin_word(word: str) -> bool:
    """`zuoshi`, `shitang`, `xi'an`: syllables of pinyin, nothing else."""
    return syllable_count(word) > 0


def syllable_count(word: str) -> int:
    """How many syllables the fewest make `word` of (0 when it is not pinyin)."""
    letters = _APOSTROPHE.sub("", word.lower())
    best: dict[int, int] = {0: 0}
    for end in range(1, len(letters) + 1):
        counts = [best[start] + 1 for start in range(max(0, end - _LONGEST_SYLLABLE), end)
                  if start in best and letters[start:end] in _SYLLABLE_SET]
        if counts:
            best[end] = min(counts)
    return best.get(len(letters), 0)


# The fewest syllables of a phrase in pinyin told from English's words and names: `Yindu
# daiban`, not `Li Bo`.
_PHRASE_SYLLABLES = 3


# The letters of a pinyin syllable English also spells as a word (`lu`, `he`, `de`).
_SYLLABLE_SHARED = 2


def is_pinyin_phrase(words: list[str], is_english: Callable[[str], bool]) -> bool:
    """`Yindu daiban`, quoted: every word pinyin and none English's (`is_english`; a syllable of
    two letters tells nothing: `Fanxiu lu`, the street), three syllables or more."""
    return (bool(words) and sum(map(syllable_count, words)) >= _PHRASE_SYLLABLES
            and all(map(is_pinyin_word, words))
            and not any(is_english(word) for word in words if len(word) > _SYLLABLE_SHARED))
