package org.doyak.nlu;

/**
 * A value found in a message, with its place in the text. Types and values:
 * <table>
 * <caption>entity types</caption>
 * <tr><th>type</th><th>value</th><th>examples</th></tr>
 * <tr><td>{@code region}</td><td>a center's Korean region or city (부천, 전북, 인천 서구, 서울…)</td>
 *     <td>"부천에서", "Incheon", "군산" (a place near a center)</td></tr>
 * <tr><td>{@code center}</td><td>a center id from {@code dialogs/content/centers.yaml}</td>
 *     <td>"전북 일자리센터" → {@code jeonbuk}, "부천고용센터" → {@code bucheon_plus}</td></tr>
 * <tr><td>{@code program}</td><td>a program id from {@code programs.yaml}; for a synonym with
 *     {@code entity: program} that names none of them, its canonical term</td>
 *     <td>"국취" → {@code national_employment_support}, "도약보장패키지" → {@code job_seeker_leap}</td></tr>
 * <tr><td>{@code event}</td><td>an event id from {@code events.yaml}</td>
 *     <td>"금요채용마당" → {@code seogu_friday_hiring}</td></tr>
 * <tr><td>{@code major}</td><td>a field id from {@code majors.yaml}</td>
 *     <td>"컴공" → {@code it}, "경영학과" → {@code business}</td></tr>
 * <tr><td>{@code age}</td><td>years, 14–99</td><td>"23살", "스물다섯", "I'm 25"</td></tr>
 * <tr><td>{@code status}</td><td>{@code unemployed}, {@code employed}, {@code student},
 *     {@code career_break}, {@code benefit_recipient}</td><td>"백수", "재직 중", "경단녀"</td></tr>
 * <tr><td>{@code benefit}</td><td>{@code yes} or {@code no}: receives unemployment benefit</td>
 *     <td>"실업급여 받는 중", "실업급여 안 받아요"</td></tr>
 * <tr><td>{@code date}</td><td>an ISO date resolved against today (Asia/Seoul)</td>
 *     <td>오늘, 내일, 모레, "다음주 화요일", "12월 10일", "12/10", "next friday"</td></tr>
 * <tr><td>{@code facet}</td><td>what the question asks for: {@code what}, {@code eligibility},
 *     {@code apply}, {@code hours}, {@code weekend}, {@code phone}, {@code address}, {@code website},
 *     {@code when}, {@code cost}, {@code documents}</td>
 *     <td>"몇 시까지" → hours, "토요일도 해?" → weekend, "누가 받을 수 있어" → eligibility,
 *     "어디서 신청" → apply, "주소" → address</td></tr>
 * <tr><td>{@code booking_op}</td><td>{@code change} or {@code cancel}</td>
 *     <td>"시간 바꾸고 싶어요", "예약 취소", "reschedule"</td></tr>
 * <tr><td>{@code anaphora}</td><td>what is pointed back to: {@code center}, {@code program},
 *     {@code event}, {@code place} or {@code thing}</td>
 *     <td>"그 센터", "그 제도", "그 행사", "거기"/"그곳"/"there", "그거"/"it"</td></tr>
 * </table>
 * A message may hold several entities of one type ("주소랑 전화번호" → two facets).
 *
 * @param type what kind of value, one of the types above
 * @param value the normalised value (e.g. {@code 25} for "스물다섯")
 * @param start offset of the first char in the original text (UTF-16 index, inclusive)
 * @param end offset after the last char (exclusive)
 */
public record Entity(String type, String value, int start, int end) {
}
