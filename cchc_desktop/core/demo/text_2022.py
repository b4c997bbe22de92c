"""Texts of the conference of 08/6/2022 analysing the 2021 PAR INDEX and SIPAS results.

Facts (figures, agencies, deadline, headings) follow the notice of June 2022; the running text is our own
wording of it.
"""

from __future__ import annotations

from ..body import Block
from .common import Part, bold, bold_italic, bullet, italic, numbered, para

TITLE = (
    "Hội nghị phân tích kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, "
    "tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lạng Sơn năm 2021"
)
SUMMARY = f"Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tại {TITLE}"
ATTACHMENT_TITLE = "Danh sách các đơn vị yêu cầu kiểm điểm, xử lý"


def responsible(agency: str) -> list[Part]:
    """The closing words of a limitation: the lead agency answerable for it, in bold italic."""
    return [" ", bold_italic(f"(Trách nhiệm thuộc về cơ quan chủ trì là {agency})"), "."]


def conclusion() -> list[Block]:
    return [*_results(), *_limitations(), *_directions()]


def _results() -> list[Block]:
    return [
        para(
            "Hội nghị có ý nghĩa quan trọng để đánh giá chất lượng quản lý, chỉ đạo, điều hành và chất lượng "
            "phục vụ người dân của bộ máy hành chính, qua đó thúc đẩy phát triển kinh tế - xã hội và xây dựng "
            "chính quyền kiến tạo, liêm chính, phục vụ. Chỉ số cải cách hành chính năm 2021 được xác định khoa "
            "học, khách quan, minh bạch."
        ),
        para(
            "Năm 2021, cả bốn chỉ số đánh giá tỉnh (PCI, PAPI, SIPAS, PAR INDEX) đều cải thiện về điểm số và "
            "thứ hạng so với năm 2020: Chỉ số PCI tăng 13 bậc, xếp hạng 36/63; Chỉ số SIPAS xếp hạng 31/63, "
            "tăng 08 bậc, năm thứ hai liên tiếp được cải thiện; Chỉ số PAR INDEX xếp hạng 23/63, tăng 13 bậc, "
            "là kết quả cao nhất của tỉnh từ khi Bộ Nội vụ xác định chỉ số này; Chỉ số PAPI tăng 33 bậc, xếp "
            "thứ tư toàn quốc. Kết quả đó có được nhờ sự lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh, sự nỗ lực "
            "của cán bộ, công chức, viên chức, sự đồng hành của Mặt trận Tổ quốc, các tổ chức chính trị - xã "
            "hội, người dân, doanh nghiệp và của Hội đồng thẩm định, Tổ thư ký giúp việc Hội đồng."
        ),
    ]


def _limitations() -> list[Block]:
    return [
        para(
            "Bên cạnh đó, một số tiêu chí, tiêu chí thành phần chưa đạt thuộc trách nhiệm của Thủ trưởng cơ "
            "quan chủ trì lĩnh vực, cụ thể:"
        ),
        bullet(
            "Chỉ đạo điều hành, tổ chức bộ máy và công vụ: còn nhiệm vụ chưa bảo đảm mục tiêu Kế hoạch cải "
            "cách hành chính; khắc phục hạn chế sau kiểm tra chưa đáp ứng yêu cầu; còn phòng chuyên môn có cơ "
            "cấu chưa hợp lý; để xảy ra sai phạm trong kỳ thi nâng ngạch chuyên viên chính năm 2021; chưa hoàn "
            "thành 100% kế hoạch đào tạo, bồi dưỡng; còn cán bộ cấp xã chưa đạt chuẩn",
            *responsible("Sở Nội vụ"),
        ),
        bullet(
            "Cải cách thủ tục hành chính: kết quả giải quyết công khai trên Cổng dịch vụ công và hệ thống một "
            "cửa điện tử của tỉnh chưa khớp với thực tế; còn cơ quan, đơn vị trả hồ sơ chậm hạn",
            *responsible("Văn phòng UBND tỉnh"),
        ),
        bullet(
            "Cải cách tài chính công: chưa hoàn thành 100% chỉ tiêu giải ngân vốn đầu tư từ ngân sách nhà nước "
            "và thực hiện kiến nghị sau thanh tra, kiểm toán; trong năm không có thêm đơn vị sự nghiệp công lập "
            "tự bảo đảm chi thường xuyên",
            *responsible("Sở Tài chính"),
        ),
        bullet(
            "Hiện đại hóa hành chính: chưa đạt tối đa các chỉ tiêu về tỷ lệ dịch vụ công trực tuyến mức độ 3, "
            "mức độ 4 tích hợp trên Cổng dịch vụ công quốc gia và tỷ lệ thủ tục hành chính trực tuyến mức độ 3, "
            "mức độ 4 có phát sinh hồ sơ",
            *responsible("Sở Thông tin và Truyền thông"),
        ),
        bullet(
            "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội: tỷ lệ doanh nghiệp thành lập mới "
            "chưa đạt chỉ tiêu; chưa hoàn thành 100% chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao",
            *responsible("Sở Kế hoạch và Đầu tư"),
        ),
        bullet(
            "Đặc biệt, điểm khảo sát lãnh đạo, quản lý ",
            italic("(đánh giá qua điều tra xã hội học)"),
            " giảm 1,47 điểm so với năm 2020 ",
            italic("(còn 6,19 điểm chưa đạt tối đa trên tổng số 23,5 điểm)"),
            "; nếu giữ được kết quả như năm 2020, Chỉ số cải cách hành chính của tỉnh đã đạt 88,58 điểm, xếp "
            "hạng 10/63. Đánh giá của lãnh đạo, công chức chưa sát với kết quả thực hiện và chưa tương đồng với "
            "đánh giá của người dân, tổ chức: người dân đánh giá đạt 8,72/10, xếp hạng 28/63, tăng 15 bậc so "
            "với năm 2020.",
        ),
    ]


def _directions() -> list[Block]:
    return [
        para(
            "Để tạo chuyển biến về các chỉ số và đạt kết quả toàn diện về cải cách hành chính năm 2022, yêu cầu "
            "các cơ quan, đơn vị, UBND các huyện, thành phố thực hiện tốt các nội dung sau:"
        ),
        numbered(
            "Thủ trưởng các cơ quan, đơn vị tăng cường lãnh đạo, chỉ đạo, đề cao trách nhiệm người đứng đầu, "
            "coi cải cách hành chính là nhiệm vụ trọng tâm; lấy sự hài lòng của người dân làm thước đo chất "
            "lượng hoạt động. Hằng năm, dùng kết quả Chỉ số cải cách hành chính của cơ quan, đơn vị để đánh giá "
            "người đứng đầu, xếp loại cán bộ, công chức, viên chức và bình xét thi đua, khen thưởng."
        ),
        numbered(
            "Các sở, ban, ngành, UBND các huyện, thành phố khẩn trương rà soát, phân tích từng tiêu chí thành "
            "phần của Chỉ số cải cách hành chính và Chỉ số SIPAS năm 2021 của đơn vị, chỉ đạo ngay giải pháp "
            "khắc phục tồn tại, hạn chế thuộc lĩnh vực quản lý."
        ),
        numbered(
            "Tăng cường tuyên truyền, tập huấn, thông tin đầy đủ cho cán bộ, công chức về kết quả phát triển "
            "kinh tế - xã hội và cải cách hành chính của tỉnh, để việc trả lời phiếu điều tra, khảo sát được "
            "thực chất, khách quan.",
            children=[
                para(
                    "Giao Sở Nội vụ tham mưu UBND tỉnh, Ban Chỉ đạo cải cách hành chính tỉnh tăng cường kiểm "
                    "tra, theo dõi, đôn đốc công tác cải cách hành chính tại các cơ quan, đơn vị; đổi mới nội "
                    "dung, phương pháp để nâng cao chất lượng Chỉ số SIPAS, Chỉ số PAR INDEX năm 2022 và các "
                    "năm tiếp theo."
                ),
            ],
        ),
        numbered(
            "Tập trung cải thiện môi trường đầu tư kinh doanh; đơn giản hóa hồ sơ, quy trình, rút ngắn thời "
            "gian giải quyết thủ tục hành chính; nghiên cứu đề xuất giảm phí, lệ phí với hồ sơ nộp trực tuyến; "
            "phát huy tổ công tác tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp, nhà đầu tư.",
            children=[
                para(
                    "Quyết liệt cải cách tổ chức bộ máy, nâng cao chất lượng đội ngũ; tiếp tục sắp xếp các "
                    "phòng, ban, chi cục thuộc sở và UBND cấp huyện; tăng cường kiểm tra, tự kiểm tra, xử lý "
                    "nghiêm cán bộ, công chức, viên chức gây nhũng nhiễu, phiền hà."
                ),
            ],
        ),
        numbered(
            "Đẩy mạnh chuyển đổi số, xây dựng chính quyền điện tử, chính quyền số; nâng cao chất lượng hoạt "
            "động của Trung tâm điều hành thông minh (IOC); triển khai hiệu quả nền tảng “Công dân số Xứ Lạng” "
            "để tiếp nhận phản ánh của người dân, tổ chức, doanh nghiệp.",
            children=[
                para(
                    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Mặt trận cấp huyện, cấp xã và các "
                    "tổ chức thành viên phối hợp thực hiện tốt Quy chế dân chủ ở cơ sở, tuyên truyền kết quả "
                    "phát triển kinh tế - xã hội và chính sách mới của tỉnh đến cơ sở, kịp thời giải thích "
                    "kiến nghị của người dân."
                ),
                para(
                    "Đề nghị Bưu điện tỉnh chỉ đạo nhân viên tham gia đo lường Chỉ số SIPAS và khảo sát lãnh "
                    "đạo, quản lý kết hợp tuyên truyền kết quả cải cách hành chính của tỉnh, giải thích ý nghĩa "
                    "của phiếu điều tra để người dân, tổ chức, doanh nghiệp đánh giá sát thực tế."
                ),
            ],
        ),
        numbered(
            "Thực hiện nghiêm chủ đề năm 2022 “Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành "
            "động, sáng tạo bứt phá”; chấp hành nghiêm chế độ hội họp, nhất là họp trực tuyến. Thủ trưởng các "
            "sở, ban, ngành rút kinh nghiệm về việc cử thành phần dự Hội nghị; giao Chủ tịch UBND các huyện, "
            "thành phố kiểm điểm, xử lý cán bộ, công chức cấp xã không chấp hành nghiêm chế độ hội họp tại Hội "
            "nghị, báo cáo Chủ tịch UBND tỉnh kết quả xử lý ",
            bold("trước ngày 30/6/2022."),
        ),
        para(italic("(Kèm theo danh sách các đơn vị yêu cầu kiểm điểm, xử lý).")),
    ]


def notice_opening() -> list[Block]:
    return [
        para(
            f"Ngày 08/6/2022, UBND tỉnh tổ chức Hội nghị trực tuyến {TITLE.removeprefix('Hội nghị ')}. "
            "Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh chủ trì tại điểm cầu cấp tỉnh, cùng đồng chí Phó Chủ "
            "tịch Thường trực UBND tỉnh; dự tại điểm cầu cấp tỉnh có đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc "
            "Việt Nam tỉnh, Ban Pháp chế HĐND tỉnh, Hội Cựu chiến binh tỉnh, các sở, ban, ngành, Báo Lạng Sơn, "
            "Đài Phát thanh và Truyền hình tỉnh và thành viên Tổ Thư ký cải cách hành chính tỉnh; tại các điểm "
            "cầu cấp huyện, cấp xã có đại diện lãnh đạo UBND, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức "
            "chính trị - xã hội, lãnh đạo phòng chuyên môn và các thành phần liên quan."
        ),
        para(
            "Sau khi nghe Lãnh đạo Sở Nội vụ báo cáo phân tích Chỉ số cải cách hành chính của các sở, ban, "
            "ngành, UBND các huyện, thành phố năm 2021, Báo cáo viên Viện Nghiên cứu khoa học hành chính - Học "
            "viện Hành chính Quốc gia phân tích kết quả Chỉ số PAR INDEX, Chỉ số SIPAS tỉnh Lạng Sơn năm 2021 "
            "và ý kiến phát biểu tại Hội nghị, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh kết luận như sau:"
        ),
    ]


def notice_closing() -> list[Block]:
    return [
        para(
            "UBND tỉnh thông báo để các sở, ban, ngành, UBND các huyện, thành phố và các cơ quan, đơn vị liên "
            "quan thực hiện./."
        ),
    ]


def attachment() -> list[Block]:
    return [
        para(
            "Đơn vị có cán bộ, công chức cấp xã không tham dự đầy đủ tại điểm cầu cấp xã trong Hội nghị ngày "
            "08/6/2022; Chủ tịch UBND huyện, thành phố tổ chức kiểm điểm, xử lý và báo cáo kết quả ",
            bold("trước ngày 30/6/2022."),
        ),
        bullet("UBND thành phố Lạng Sơn: các phường có công chức vắng mặt không có lý do."),
        bullet("UBND huyện Cao Lộc: các xã có công chức tham dự không đúng thành phần."),
        para(italic("(Danh sách minh họa của cơ sở dữ liệu mẫu.)")),
    ]
