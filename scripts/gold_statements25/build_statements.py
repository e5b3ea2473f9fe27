# ruff: noqa: E501
"""Build corpus/gold/statements/holdout25.json (statements l01.., near misses ln01..), in the
format of the earlier statement files.  All renderings are invented Arabic written for this set,
the way Arabic outlets carry one translated original: a Russian or English wire copied by a
second outlet with a few words changed, a rendering translated from English next to one
translated from Russian, a paper keeping half the statement in reported speech, Egyptian
spelling (`ى`, `ج`), and a quote relayed by a third party.  Notes in
scripts/gold_statements25/STATEMENTS.md.
Run: python3 scripts/gold_statements25/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout25.json"
r = rendering

STATEMENTS = [
    statement(
        "l01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "To Russian television after the talks at Vostochny, asked about military cooperation: there are certain restrictions, and Russia complies with all of them, but there are things we can talk about, discuss and think about.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "هناك قيود معينة، وروسيا تلتزم بكل هذه القيود. لكن هناك أشياء يمكننا الحديث عنها ومناقشتها والتفكير فيها",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "ثمة قيود محددة، وروسيا تلتزم بجميع هذه القيود، لكن هناك أمورا يمكننا التحدث عنها ومناقشتها والتفكير فيها",
                "بوتين",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "توجد بعض القيود، وروسيا تحترمها كلها، غير أن هناك مسائل بوسعنا أن نتحدث بشأنها",
                "بوتين في تصريح للتلفزيون الروسي",
            ),
            r(
                "Youm7",
                "2023-09-14",
                "إن روسيا ملتزمة بكافة القيود المفروضة، إلا أن هناك موضوعات يمكن بحثها والتفكير فيها مع الجانب الكورى",
                "الرئيس الروسى فلاديمير بوتين",
            ),
        ],
    ),
    statement(
        "l02",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "Asked about Washington's warnings of sanctions: what matters to us is the interests of our two countries, not Washington's warnings; Russia will go on developing relations with its neighbour North Korea in all areas, including sensitive ones.",
        [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "ما يهمنا هو مصالح بلدينا، وليس تحذيرات واشنطن. سنواصل تطوير علاقاتنا مع جارتنا كوريا الشمالية في مختلف المجالات، بما فيها المجالات الحساسة",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "ما يهمنا هو مصالح بلدينا وليس تحذيرات واشنطن، وسنواصل تطوير العلاقات مع جارتنا كوريا الديمقراطية في شتى المجالات ومنها الحساسة",
                "بيسكوف",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-15",
                "إن موسكو لا تكترث لتحذيرات الولايات المتحدة، فالمهم بالنسبة إليها مصالح البلدين",
                "الكرملين",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-15",
                "ستطور روسيا علاقاتها مع جارتها الكورية الشمالية في كل الميادين، حتى الحساسة منها",
                "ديمتري بيسكوف الناطق باسم الرئاسة الروسية",
            ),
        ],
    ),
    statement(
        "l03",
        "Kim Jong Un",
        "2023-09-15",
        "ko",
        "At the Yuri Gagarin aircraft plant in Komsomolsk-on-Amur: I was deeply impressed by what I saw here and saw with my own eyes the high level Russia's aviation industry has reached (Al Bayan has it relayed by Manturov).",
        [
            r(
                "Al Jazeera",
                "2023-09-15",
                "لقد تأثرت كثيراً بما رأيته هنا، ورأيت بأم عيني المستوى الرفيع الذي بلغته صناعة الطيران الروسية",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Sky News Arabia",
                "2023-09-15",
                "إنه معجب جداً بما شاهده، وإنه رأى بعينيه التطور الكبير الذي وصلت إليه صناعة الطيران في روسيا",
                "كيم",
            ),
            r(
                "Al Bayan",
                "2023-09-16",
                "إن ضيفه أبدى انبهاره بالمستوى المتقدم لصناعة الطائرات الروسية التي شاهدها بنفسه",
                "نائب رئيس الوزراء الروسي دينيس مانتوروف نقلاً عن الزعيم الكوري",
            ),
            r(
                "Al-Ahram",
                "2023-09-16",
                "تأثرت بعمق وأنا أشاهد بأم عينى القدرات المتطورة لصناعة الطيران الروسية",
                "الزعيم الكورى الشمالى كيم جونج أون",
            ),
        ],
    ),
    statement(
        "l04",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Weekly briefing: the United States, which has trampled on the UN Charter many times, has no moral right to lecture Russia about respecting Security Council resolutions.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "الولايات المتحدة التي داست على ميثاق الأمم المتحدة مرات عديدة لا تملك أي حق أخلاقي في إلقاء المحاضرات على روسيا بشأن احترام قرارات مجلس الأمن",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Tasnim News Agency",
                "2023-09-14",
                "الولايات المتحدة التي انتهكت ميثاق الأمم المتحدة مرارا لا تملك حقا أخلاقيا لإلقاء المحاضرات على روسيا حول احترام قرارات مجلس الأمن الدولي",
                "زاخاروفا",
            ),
            r(
                "Al Ain News",
                "2023-09-15",
                "إن واشنطن آخر من يحق له أن يعطي موسكو دروسا في الالتزام بقرارات مجلس الأمن، بعدما انتهكت ميثاق المنظمة الدولية مرات لا تحصى",
                "الخارجية الروسية",
            ),
            r(
                "Shorouk News",
                "2023-09-15",
                "ليس من حق أمريكا أخلاقيا أن تعظ روسيا فى احترام قرارات مجلس الأمن",
                "ماريا زاخاروفا",
            ),
        ],
    ),
    statement(
        "l05",
        "Sergei Lavrov",
        "2023-09-23",
        "ru",
        "Press conference in New York after the General Assembly: Russia has never violated its obligations under Security Council resolutions and will not violate them in its cooperation with Pyongyang; all that is said otherwise is speculation.",
        [
            r(
                "Anadolu Agency",
                "2023-09-23",
                "روسيا لم تنتهك يوما التزاماتها بموجب قرارات مجلس الأمن، ولن تنتهكها في تعاونها مع بيونغ يانغ، وكل ما يقال عكس ذلك مجرد تكهنات",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "France 24 Arabic",
                "2023-09-24",
                "لم تخرق روسيا قط التزاماتها المنصوص عليها في قرارات مجلس الأمن ولن تفعل ذلك في تعاونها مع كوريا الشمالية",
                "لافروف",
            ),
            r(
                "Independent Arabia",
                "2023-09-24",
                "إن الحديث عن خرق موسكو للعقوبات في تعاملها مع بيونغ يانغ ليس سوى تخمينات",
                "لافروف في مؤتمر صحافي بنيويورك",
            ),
            r(
                "Al Gomhuria",
                "2023-09-25",
                "روسيا لم تنتهك أبدا التزاماتها وفق قرارات مجلس الأمن ولن تنتهكها فى تعاونها مع بيونج يانج",
                "سيرجى لافروف وزير الخارجية الروسى",
            ),
        ],
    ),
    statement(
        "l06",
        "North Korean Foreign Ministry",
        "2023-09-16",
        "ko",
        "Statement carried by KCNA: DPRK-Russia relations will develop as the two leaders agreed, and no one may interfere in them; the talk of arms deals spread by the US and its followers is an absurd slander.",
        [
            r(
                "Yonhap",
                "2023-09-16",
                "إن العلاقات بين كوريا الشمالية وروسيا ستتطور وفقا لما اتفق عليه زعيما البلدين، ولا يحق لأحد التدخل فيها",
                "وزارة الخارجية الكورية الشمالية في بيان نقلته وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-17",
                "العلاقات الكورية الشمالية الروسية ستتطور بحسب ما اتفق عليه القائدان، ولا يمكن لأحد أن يتدخل فيها، والحديث الأمريكي عن صفقات أسلحة افتراء سخيف",
                "الخارجية في بيونغ يانغ",
            ),
            r(
                "Radio Sawa",
                "2023-09-16",
                "ما تروجه الولايات المتحدة وأتباعها عن صفقات أسلحة افتراء عبثي",
                "بيونغ يانغ",
            ),
            r(
                "People's Daily Arabic",
                "2023-09-17",
                "ستتطور علاقات جمهورية كوريا الديمقراطية الشعبية وروسيا الاتحادية طبقا للتوافق الذي توصل إليه زعيما البلدين، ولن يسمح بأي تدخل فيها",
                "وزارة خارجية جمهورية كوريا الديمقراطية الشعبية",
            ),
        ],
    ),
    statement(
        "l07",
        "Kim Tae-hyo",
        "2023-09-14",
        "ko",
        "Briefing at the presidential office: if Russia and North Korea push ahead with military cooperation violating UN resolutions, Seoul will respond together with Washington, Tokyo and the international community, and the two will pay the price.",
        [
            r(
                "Al Sharq",
                "2023-09-14",
                "إذا مضت روسيا وكوريا الشمالية في تعاون عسكري ينتهك قرارات الأمم المتحدة فإن سيول سترد بالتعاون مع واشنطن وطوكيو والمجتمع الدولي، وستدفعان الثمن",
                "النائب الأول لمستشار الأمن القومي الكوري الجنوبي كيم تاي هيو",
            ),
            r(
                "Alhurra",
                "2023-09-14",
                "سيرد بلدنا مع الولايات المتحدة واليابان والمجتمع الدولي إذا واصلت موسكو وبيونغ يانغ تعاونهما العسكري المخالف لقرارات مجلس الأمن",
                "كيم تيه-هيو، نائب مدير مكتب الأمن القومي",
            ),
            r(
                "Veto",
                "2023-09-15",
                "روسيا وكوريا الشمالية ستدفعان ثمن أى تعاون عسكرى ينتهك قرارات الأمم المتحدة",
                "مسئول كورى جنوبى رفيع",
            ),
        ],
    ),
    statement(
        "l08",
        "Yoko Kamikawa",
        "2023-09-19",
        "ja",
        "In New York: cooperation between Russia and North Korea that violates Security Council resolutions cannot be overlooked; Japan will respond in close coordination with the United States and South Korea.",
        [
            r(
                "Kyodo News",
                "2023-09-19",
                "لا يمكن التغاضي عن تعاون بين روسيا وكوريا الشمالية ينتهك قرارات مجلس الأمن، وستتعامل اليابان مع الأمر بتنسيق وثيق مع الولايات المتحدة وكوريا الجنوبية",
                "وزيرة الخارجية اليابانية يوكو كاميكاوا",
            ),
            r(
                "Erem News",
                "2023-09-20",
                "إن طوكيو لن تغض الطرف عن أي تعاون روسي كوري شمالي يخالف قرارات مجلس الأمن الدولي",
                "كاميكاوا",
            ),
            r(
                "Al Bawaba News",
                "2023-09-20",
                "لا يمكننا أن نتجاهل التعاون بين موسكو وبيونغ يانغ الذي ينتهك قرارات مجلس الأمن، وسنتحرك بالتنسيق الوثيق مع واشنطن وسيول",
                "وزيرة الخارجية اليابانية الجديدة",
            ),
            r(
                "Emarat Al Youm",
                "2023-09-20",
                "إن بلادها ستنسق عن كثب مع الأمريكيين والكوريين الجنوبيين للرد على التعاون العسكري بين روسيا وكوريا الشمالية المخالف للقرارات الأممية",
                "يوكو كاميكاوا",
            ),
        ],
    ),
    statement(
        "l09",
        "Mao Ning",
        "2023-09-14",
        "zh",
        "Regular briefing, asked about the summit: China hopes all parties will face up to the crux of the peninsula issue and play a constructive role in easing tension and advancing a political settlement.",
        [
            r(
                "CGTN Arabic",
                "2023-09-14",
                "تأمل الصين أن تواجه جميع الأطراف جوهر قضية شبه الجزيرة الكورية، وأن تلعب دورا بناء في تخفيف التوتر ودفع التسوية السياسية",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r(
                "Xinhua",
                "2023-09-14",
                "نأمل أن تتصدى الأطراف كافة لجوهر المسألة، وأن تضطلع بدور بناء في تهدئة التوتر والدفع بالتسوية السياسية لقضية شبه الجزيرة",
                "ماو نينغ",
            ),
            r(
                "Al Ghad",
                "2023-09-15",
                "إن على الأطراف المعنية القيام بدور إيجابي من أجل خفض حدة التوتر في شبه الجزيرة الكورية وإيجاد حل سياسي",
                "الخارجية الصينية",
            ),
            r(
                "Al Raya",
                "2023-09-15",
                "تأمل بكين أن يؤدي الجميع دورا بناء لتخفيف التوترات في شبه الجزيرة والمضي في تسويتها سياسيا",
                "المتحدثة ماو نينج",
            ),
        ],
    ),
    statement(
        "l10",
        "John Kirby",
        "2023-09-13",
        "en",
        "We have no indication yet that an arms deal was concluded during the visit, but we will be watching closely whether and how Pyongyang follows through.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "لا تتوفر لدينا حتى الآن أي مؤشرات على إبرام صفقة أسلحة خلال الزيارة، لكننا سنراقب عن كثب ما إذا كانت بيونغ يانغ ستمضي فيها وكيف",
                "منسق الاتصالات الاستراتيجية في مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "ليست لدينا حتى الآن مؤشرات على إبرام صفقة أسلحة خلال الزيارة، لكننا سنتابع عن كثب ما إذا كانت بيونغ يانغ ستمضي قدما فيها وكيف",
                "كيربي",
            ),
            r(
                "Sabq",
                "2023-09-14",
                "إن واشنطن لم تر ما يدل على التوصل إلى اتفاق لتوريد السلاح أثناء القمة",
                "البيت الأبيض",
            ),
            r(
                "El Watan News",
                "2023-09-14",
                "الولايات المتحدة ستراقب عن كثب ما إذا كانت كوريا الشمالية ستنفذ أى اتفاق لتزويد روسيا بالأسلحة",
                "جون كيربى",
            ),
        ],
    ),
    statement(
        "l11",
        "Antony Blinken",
        "2023-10-26",
        "en",
        "Joint statement with his South Korean and Japanese counterparts: we strongly condemn the DPRK's provision of military equipment and munitions to Russia for use in its war against Ukraine; these deliveries will significantly increase the suffering of the Ukrainian people.",
        [
            r(
                "BBC Arabic",
                "2023-10-26",
                "ندين بشدة تزويد كوريا الشمالية روسيا بمعدات عسكرية وذخائر لاستخدامها في حربها على أوكرانيا، وهي شحنات ستزيد معاناة الشعب الأوكراني بشكل كبير",
                "بيان مشترك لوزراء خارجية الولايات المتحدة وكوريا الجنوبية واليابان",
            ),
            r(
                "DW Arabic",
                "2023-10-27",
                "نحن ندين بقوة قيام جمهورية كوريا الشعبية الديمقراطية بتوريد عتاد عسكري وذخيرة لروسيا لتستخدمها في الحرب ضد أوكرانيا",
                "وزير الخارجية الأمريكي أنتوني بلينكن ونظيراه الكوري الجنوبي والياباني",
            ),
            r(
                "SWI swissinfo.ch Arabic",
                "2023-10-27",
                "هذه الشحنات من شأنها أن تضاعف معاناة الأوكرانيين إلى حد كبير",
                "بلينكن",
            ),
            r(
                "Kurdistan24",
                "2023-10-27",
                "إمداد بيونغ يانغ لموسكو بالعتاد والذخائر لاستخدامها في أوكرانيا أمر مدان بشدة وسيفاقم معاناة الشعب الأوكراني",
                "وزراء خارجية أمريكا واليابان وكوريا الجنوبية",
            ),
        ],
    ),
    statement(
        "l12",
        "Stephane Dujarric",
        "2023-10-13",
        "en",
        "Noon briefing, asked about the containers the White House showed: we have seen the reports, we are not in a position to verify them ourselves; that is for the Security Council's panel of experts.",
        [
            r(
                "Al Arab",
                "2023-10-14",
                "لقد اطلعنا على هذه التقارير، لكننا لسنا في وضع يسمح لنا بالتحقق منها بأنفسنا، والتحقق من ذلك من اختصاص فريق خبراء مجلس الأمن",
                "المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "Arab48",
                "2023-10-14",
                "رأينا التقارير، ولا يمكننا التحقق منها بشكل مستقل؛ هذا أمر يعود إلى فريق الخبراء التابع لمجلس الأمن",
                "دوجاريك",
            ),
            r(
                "Petra",
                "2023-10-14",
                "إن الأمم المتحدة ليست في موقف يمكنها من التأكد من صحة التقارير عن شحن حاويات ذخيرة من كوريا الشمالية إلى روسيا",
                "الأمم المتحدة",
            ),
        ],
    ),
    statement(
        "l13",
        "Volodymyr Zelensky",
        "2023-09-13",
        "uk",
        "Evening address: Russia is now reduced to begging North Korea for shells; the whole world sees who stays with Putin, and that is why pressure on all of them must grow.",
        [
            r(
                "Roya News",
                "2023-09-14",
                "روسيا باتت مضطرة لاستجداء القذائف من كوريا الشمالية، والعالم كله يرى من بقي إلى جانب بوتين، ولهذا يجب أن يشتد الضغط عليهم جميعا",
                "الرئيس الأوكراني فولوديمير زيلينسكي",
            ),
            r(
                "Al Anba",
                "2023-09-14",
                "إن موسكو أصبحت تتسول الذخيرة من بيونغ يانغ",
                "زيلينسكي في خطابه المسائي",
            ),
            r(
                "Rudaw",
                "2023-09-14",
                "العالم بأسره يرى من يقف مع بوتين، ولذلك ينبغي تشديد الضغط على هؤلاء كلهم",
                "زيلينسكي",
            ),
            r(
                "TRT Arabi",
                "2023-09-14",
                "روسيا وصلت إلى حد التوسل لكوريا الشمالية من أجل قذائف المدفعية، وعلى العالم أن يزيد الضغط على كل من يقف مع بوتين",
                "الرئيس الأوكراني",
            ),
        ],
    ),
    statement(
        "l14",
        "Jens Stoltenberg",
        "2023-09-14",
        "en",
        "Russia turning to North Korea for ammunition shows that Moscow is increasingly isolated and has to rely on authoritarian regimes like Pyongyang and Tehran.",
        [
            r(
                "Elnashra",
                "2023-09-14",
                "لجوء روسيا إلى كوريا الشمالية طلبا للذخيرة يظهر أن موسكو باتت معزولة أكثر فأكثر، وأنها مضطرة للاعتماد على أنظمة استبدادية مثل بيونغ يانغ وطهران",
                "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ",
            ),
            r(
                "Akhbarona",
                "2023-09-15",
                "توجه روسيا إلى كوريا الشمالية للحصول على الذخائر دليل على عزلتها المتزايدة واعتمادها على أنظمة سلطوية كإيران وكوريا الشمالية",
                "ستولتنبرغ",
            ),
            r(
                "Alyaoum24",
                "2023-09-15",
                "إن موسكو أصبحت تعتمد على دول استبدادية، على غرار إيران وكوريا الشمالية، لتأمين ما تحتاجه من سلاح",
                "الناتو",
            ),
            r(
                "Baghdad Today",
                "2023-09-15",
                "روسيا معزولة بشكل متزايد، ولهذا تلجأ إلى بيونغ يانغ وطهران",
                "ينس ستولتنبيرغ",
            ),
        ],
    ),
    statement(
        "l15",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "The same interview as l01, another answer: Kim has plans to go to Komsomolsk-on-Amur and then to Vladivostok, where he will see our civil and military aircraft production and the Pacific Fleet.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "الزعيم الكوري لديه خطط للتوجه إلى كومسومولسك على نهر آمور، ثم إلى فلاديفوستوك، حيث سيطلع على إنتاجنا من الطائرات المدنية والعسكرية وعلى أسطول المحيط الهادئ",
                "بوتين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "لدى الزعيم الكوري خطط لزيارة كومسومولسك نا آمور وفلاديفوستوك، وسيتعرف هناك على صناعة الطيران المدني والعسكري لدينا وعلى أسطول المحيط الهادئ",
                "الرئيس الروسي",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "إن كيم سيزور مصنعا للطائرات في كومسومولسك ويتفقد أسطول المحيط الهادئ في فلاديفوستوك",
                "بوتين",
            ),
            r(
                "Alakhbar",
                "2023-09-14",
                "الضيف الكوري سيتوجه بعد ذلك إلى مدينتين في الشرق الأقصى ليطّلع على مصانع الطائرات وعلى أسطول المحيط الهادئ",
                "سيد الكرملين",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "ln01",
        "Vladimir Putin",
        "2023-09-13",
        "لسنا في عجلة من أمرنا، وليس مطروحا الآن توقيع أي اتفاقيات، سنتحدث عن كل شيء بهدوء",
        "l01",
        "The same interview, the next answer: no hurry and no agreement to sign now, not the restrictions Russia complies with.",
    ),
    near_miss(
        "ln02",
        "Dmitry Peskov",
        "2023-09-14",
        "لم يتم توقيع أي اتفاقيات في مجال التعاون العسكري التقني خلال الزيارة، ولم يكن مخططا توقيع أي منها",
        "l02",
        "The same call with reporters: no military-technical agreement was signed or planned, not the relations developed whatever Washington warns.",
    ),
    near_miss(
        "ln03",
        "Kim Jong Un",
        "2023-09-15",
        "آمل أن يتسع التعاون بين بلدينا في مجال صناعة الطيران، وأتمنى لعمال المصنع مزيدا من النجاح",
        "l03",
        "The same visit to the aircraft plant: his wish for cooperation and for the workers, not his impression of Russia's aviation industry.",
    ),
    near_miss(
        "ln04",
        "Maria Zakharova",
        "2023-09-14",
        "روسيا ستبني علاقاتها مع جيرانها كما تراه مناسبا، ولا تحتاج إلى إذن من واشنطن أو من أي عاصمة غربية",
        "l04",
        "The same briefing in the same frame (Washington against Moscow's ties): Russia needs no permission, not the moral right to lecture on Security Council resolutions.",
    ),
    near_miss(
        "ln05",
        "Sergei Lavrov",
        "2023-09-23",
        "العقوبات التي فرضها مجلس الأمن على بيونغ يانغ لم تكن تهدف إلى خنق شعبها، والغرب يعرقل منذ سنوات أي استثناءات إنسانية منها",
        "l05",
        "The same press conference on the same Security Council sanctions: they were not meant to strangle the people, not Russia never violating them.",
    ),
    near_miss(
        "ln06",
        "North Korean Foreign Ministry",
        "2023-09-16",
        "المناورات العسكرية المشتركة التي تجريها الولايات المتحدة واليابان وكوريا الجنوبية هي التي تهدد السلام في المنطقة، وليس تعاوننا مع روسيا",
        "l06",
        "The next point of the same statement: the joint drills threaten peace, not the relations no one may interfere in.",
    ),
    near_miss(
        "ln07",
        "Kim Tae-hyo",
        "2023-09-14",
        "ندرس مع الولايات المتحدة واليابان فرض عقوبات أحادية إضافية على كيانات كورية شمالية وروسية متورطة في نقل الأسلحة",
        "l07",
        "The same briefing: unilateral sanctions studied with Washington and Tokyo, not the warning that the two will pay the price.",
    ),
    near_miss(
        "ln08",
        "Yoko Kamikawa",
        "2023-09-19",
        "إطلاق كوريا الشمالية المتكرر للصواريخ الباليستية ينتهك قرارات مجلس الأمن ويشكل تهديدا خطيرا لأمن اليابان والمنطقة",
        "l08",
        "The same day in the same frame (violating Security Council resolutions): the North's missile launches, not the cooperation with Russia.",
    ),
    near_miss(
        "ln09",
        "Mao Ning",
        "2023-09-14",
        "الصين وروسيا تحافظان على تواصل وثيق على جميع المستويات، وليس لدي معلومات أقدمها بشأن زيارة محتملة للرئيس بوتين إلى الصين",
        "l09",
        "The same briefing's next question: a possible Putin visit to China, not the constructive role on the peninsula.",
    ),
    near_miss(
        "ln10",
        "John Kirby",
        "2023-09-13",
        "لن نتردد في فرض عقوبات إضافية على الكيانات التي تسهل صفقات الأسلحة بين البلدين",
        "l10",
        "The same briefing on the same arms deal: sanctions on facilitators, not the lack of indications that a deal was concluded.",
    ),
    near_miss(
        "ln11",
        "Antony Blinken",
        "2023-10-26",
        "ونعرب عن قلقنا البالغ إزاء احتمال نقل روسيا تكنولوجيا إلى كوريا الشمالية تدعم برامجها للصواريخ الباليستية والأسلحة النووية",
        "l11",
        "The next sentence of the same joint statement: Russian technology to the North, not the North's munitions to Russia.",
    ),
    near_miss(
        "ln12",
        "Stephane Dujarric",
        "2023-10-13",
        "نحن على علم بالتقارير التي تتحدث عن استعداد كوريا الشمالية لإطلاق قمر صناعي جديد، وندعوها إلى الامتناع عن أي خطوة تزيد التوتر",
        "l12",
        "The same briefing in the same frame (we have seen the reports): the North's next satellite, not the containers to Russia.",
    ),
    near_miss(
        "ln13",
        "Volodymyr Zelensky",
        "2023-09-13",
        "روسيا تقصف مدننا بمسيرات إيرانية كل ليلة، ونحن نعمل مع شركائنا على تعزيز دفاعاتنا الجوية قبل الشتاء",
        "l13",
        "The same evening address on Russia's foreign weapons: Iranian drones and air defence, not the shells begged from North Korea.",
    ),
    near_miss(
        "ln14",
        "Jens Stoltenberg",
        "2023-09-14",
        "على الحلفاء مواصلة دعم أوكرانيا وزيادة إنتاج الذخائر، لأن هذه الحرب حرب ذخائر قبل كل شيء",
        "l14",
        "The same day on ammunition: allies must produce more, not Russia's isolation.",
    ),
    near_miss(
        "ln15",
        "Vladimir Putin",
        "2023-09-13",
        "أبدى الزعيم الكوري اهتماما كبيرا بما شاهده في قاعدة فوستوتشني، وطرح أسئلة كثيرة عن صناعة الصواريخ",
        "l15",
        "The same interview on what Kim sees in Russia: his interest in what he saw at Vostochny, not his plans for Komsomolsk and Vladivostok.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("l") and not s["id"].startswith("ln") for s in STATEMENTS)
    assert all(n["id"].startswith("ln") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
