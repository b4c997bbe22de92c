"""Texts of the steering committee's first-quarter review of 12/4/2024.

Facts (figures, agencies, headings, addressee groups) follow the notice of April 2024; the running text is our
own wording of it.
"""

from __future__ import annotations

from ..body import Block
from .common import bullet, heading, lettered, para

TITLE = (
    "Cuộc họp sơ kết công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II năm 2024 của Ban Chỉ đạo "
    "cải cách hành chính tỉnh"
)
SUMMARY = (
    "Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh tại "
    "cuộc họp sơ kết quý I năm 2024 của Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn"
)
GROUP_A = "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố"
GROUP_B = "Sở Tài chính, Sở Kế hoạch và Đầu tư"
GROUP_C = "Chủ tịch UBND các huyện, thành phố"


def conclusion() -> list[Block]:
    return [
        heading("Một số kết quả nổi bật đạt được trong quý I năm 2024", _results()),
        heading("Tồn tại, hạn chế, khó khăn", _limitations()),
        heading("Phương hướng, nhiệm vụ trọng tâm trong thời gian tới", _directions()),
    ]


def _results() -> list[Block]:
    return [
        para(
            "UBND tỉnh tập trung chỉ đạo các nhiệm vụ cải cách hành chính quý I và cả năm 2024; kế hoạch, "
            "chương trình và văn bản chỉ đạo được ban hành kịp thời, các nội dung được triển khai đồng bộ. Đến "
            "nay đã hoàn thành đạt và vượt 10/18 chỉ tiêu Nghị quyết số 60-NQ/TU ngày 15/12/2021 của Ban Thường "
            "vụ Tỉnh uỷ về đẩy mạnh cải cách hành chính trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2030."
        ),
        para(
            "Cơ chế một cửa, một cửa liên thông được duy trì nền nếp; tỷ lệ hồ sơ thủ tục hành chính (TTHC) giải "
            "quyết đúng và trước hạn đạt trên 99%; cơ sở vật chất, trang thiết bị và phần mềm tại Bộ phận Một "
            "cửa tiếp tục được nâng cấp; chuyển đổi số được đẩy mạnh."
        ),
        para(
            "Trong quý I đã ban hành 08 văn bản quy phạm pháp luật, bảo đảm tiến độ chương trình; tổ chức bộ máy "
            "tiếp tục được sắp xếp tinh gọn, tinh giản biên chế đúng lộ trình; các cơ quan, đơn vị chủ động "
            "chuẩn bị sắp xếp đơn vị hành chính cấp huyện, cấp xã; bổ nhiệm cán bộ đúng quy trình; cơ chế tự chủ "
            "kinh phí quản lý hành chính được thực hiện tốt."
        ),
        para(
            "Hoàn thành phê duyệt 809/809 đề án vị trí việc làm (đạt 100%) đúng thời hạn Chính phủ yêu cầu. Tỷ "
            "lệ số hóa hồ sơ giải quyết TTHC năm 2023 tăng từ 5,6% lên 86% sau đợt thi đua cao điểm về thực "
            "hiện TTHC trên môi trường điện tử."
        ),
    ]


def _limitations() -> list[Block]:
    return [
        para(
            "Chỉ số PAPI năm 2023 xếp hạng 21/63, giảm cả điểm số, thứ hạng và nhóm xếp loại so với năm 2022, "
            "chủ yếu do người dân đánh giá chưa cao các nội dung “Tham gia của người dân ở cấp cơ sở”, “Công "
            "khai trong việc ra quyết định ở địa phương”, “Trách nhiệm giải trình với người dân” và “Cung ứng "
            "dịch vụ công”. Chỉ số PAR INDEX năm 2023 còn nội dung chưa đạt điểm tối đa."
        ),
        para(
            "Một số cơ quan chủ trì soạn thảo còn lúng túng trong quy trình xây dựng văn bản quy phạm pháp luật, "
            "chưa chủ động tham mưu tự kiểm tra, rà soát văn bản; xử lý văn bản trái pháp luật theo kiến nghị "
            "còn chậm."
        ),
        para(
            "Cơ sở vật chất tại Bộ phận Một cửa cấp xã chưa đồng bộ; việc niêm yết TTHC ở một số nơi chưa đúng "
            "quy định, chưa thuận tiện cho người dân tra cứu. Còn TTHC chưa được công bố kịp thời; còn hồ sơ "
            "giải quyết chậm hạn ở cả 03 cấp, nhất là cấp xã; tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính "
            "còn thấp."
        ),
        para(
            "Việc đồng bộ hồ sơ từ Hệ thống thông tin giải quyết TTHC của tỉnh lên Cổng Dịch vụ công quốc gia "
            "chưa chính xác, ảnh hưởng đến chỉ số công khai, minh bạch; số hóa hồ sơ khổ lớn còn vướng mắc, "
            "trang thiết bị còn thiếu."
        ),
        para(
            "Tự chủ tài chính của đơn vị sự nghiệp công lập còn chậm; số đơn vị sự nghiệp công lập mới giảm 3% "
            "so với năm 2021. Kết nối, chia sẻ dữ liệu giữa bộ, ngành Trung ương và địa phương còn hạn chế; hạ "
            "tầng số ở vùng sâu, vùng xa chưa bảo đảm, còn nơi chưa có sóng 3G/4G."
        ),
    ]


def _directions() -> list[Block]:
    return [
        lettered(GROUP_A, [
            bullet(
                "Bám sát chỉ tiêu, nhiệm vụ tại Kế hoạch số 04/KH-UBND ngày 09/01/2024 của UBND tỉnh; đổi mới "
                "phương thức lãnh đạo, chỉ đạo; tăng cường tuyên truyền về cải cách hành chính và ý nghĩa, kết "
                "quả các Chỉ số SIPAS, PAPI, PAR INDEX, PCI, DTI để tạo đồng thuận trong xã hội."
            ),
            bullet(
                "Rà soát, kiện toàn Ban Chỉ đạo cải cách hành chính các cấp; căn cứ kết quả quý I năm 2024 và "
                "kết quả các Chỉ số năm 2023, phân tích tại đơn vị, xác định vấn đề ưu tiên, giao nhiệm vụ cụ "
                "thể và gắn trách nhiệm cho từng tổ chức, cá nhân."
            ),
        ]),
        lettered(GROUP_B, [
            para(
                "Chủ động rà soát, tham mưu UBND tỉnh xem xét hỗ trợ kinh phí hiện đại hóa Bộ phận Một cửa cấp "
                "huyện, cấp xã đối với các nội dung thiết yếu tại địa bàn khó khăn."
            ),
        ]),
        lettered(GROUP_C, [
            bullet(
                "Chỉ đạo chính quyền cấp xã quan tâm sát sao hơn đến cải cách hành chính; thường xuyên tuyên "
                "truyền ý nghĩa, kết quả các chỉ số đánh giá cấp tỉnh, cấp huyện; nâng cao trách nhiệm của công "
                "chức, nhất là công chức tại Bộ phận Một cửa cấp xã."
            ),
            bullet(
                "Nghiên cứu, vận dụng linh hoạt các sáng kiến của UBND huyện Đình Lập, như tình nguyện làm thêm "
                "ngày thứ Bảy để tư vấn, tiếp nhận, giải quyết TTHC cho người dân, doanh nghiệp và phong trào "
                "ngày thứ Bảy đi cơ sở."
            ),
            bullet(
                "Nghiên cứu mô hình chuyển giao việc tiếp nhận và trả kết quả giải quyết TTHC cho Bưu điện huyện "
                "tại UBND huyện Tràng Định để áp dụng tại địa phương, giúp người dân, doanh nghiệp tiết kiệm "
                "thời gian, chi phí và bố trí biên chế hợp lý hơn."
            ),
            bullet(
                "Triển khai đợt thi đua cao điểm “Đẩy mạnh hiện đại hoá Bộ phận Một cửa cấp huyện, cấp xã trên "
                "địa bàn tỉnh Lạng Sơn” phù hợp với điều kiện của đơn vị, từng bước hiện đại hóa Bộ phận Một cửa "
                "để phục vụ người dân, doanh nghiệp tốt hơn."
            ),
        ]),
    ]


def notice_opening() -> list[Block]:
    return [
        para(
            "Ngày 12/4/2024, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính "
            "tỉnh chủ trì cuộc họp sơ kết công tác quý I, phương hướng, nhiệm vụ quý II năm 2024 của Ban Chỉ "
            "đạo, theo hình thức trực tiếp kết hợp trực tuyến, kết nối với điểm cầu 11 huyện, thành phố và 200 "
            "xã, phường, thị trấn. Cùng dự có đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh, Phó "
            "Trưởng Ban Chỉ đạo; thủ trưởng các Sở, Ban, ngành và Chủ tịch UBND các huyện, thành phố là thành "
            "viên Ban Chỉ đạo; thành viên Tổ Thư ký; Chủ tịch UBND các xã, phường, thị trấn và công chức liên "
            "quan."
        ),
        para(
            "Sau khi nghe báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính (CCHC) quý I, phương "
            "hướng, nhiệm vụ quý II năm 2024 và ý kiến của các thành phần dự họp, Trưởng Ban Chỉ đạo CCHC tỉnh "
            "kết luận như sau:"
        ),
    ]


def notice_closing() -> list[Block]:
    return [para("UBND tỉnh thông báo để các cơ quan, đơn vị liên quan thực hiện./.")]
