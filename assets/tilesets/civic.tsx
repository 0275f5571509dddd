<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="civic" tilewidth="16" tileheight="16" tilecount="224" columns="16">
 <image source="civic.png" width="256" height="224"/>
 <tile id="0">
  <properties>
   <property name="kind" value="void"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="marble"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="marble_b"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="office_carpet"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="office_carpet_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="lino"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="lino_b"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="gym_floor"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="gym_floor_line"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="ward_floor"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="ward_floor_b"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="hall_floor"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="hall_floor_b"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="cable_trunk_h"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="cable_trunk_v"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="cable_trunk_cross"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="logo_floor_tl"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="logo_floor_tr"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="logo_floor_bl"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="logo_floor_br"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="stage_floor"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="stage_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="stage_steps"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="threshold_civic"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="marble_c"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="marble_d"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="marble_e"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="marble_f"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="cap"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="cap_edge_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="cap_edge_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="cap_edge_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="cap_corner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="cap_corner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="cap_corner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="cap_corner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="cap_outer_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="cap_outer_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="cap_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="cap_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="cap_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="office_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="office_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="office_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="school_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="school_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="school_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="ward_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="ward_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="ward_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="hall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="hall_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="hall_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="glass_wall_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="glass_wall_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="glass_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="office_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="office_elevator"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="office_glass_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="office_sign"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="school_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="blackboard_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="blackboard_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="whiteboard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="lockers"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="lockers_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="school_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="trophy_case"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="ward_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="ward_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="ward_sign"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="reception_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="reception_mid"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="reception_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="office_desk_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="192" duration="450"/>
   <frame tileid="194" duration="450"/>
   <frame tileid="196" duration="450"/>
  </animation>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="office_desk_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="193" duration="450"/>
   <frame tileid="195" duration="450"/>
   <frame tileid="197" duration="450"/>
  </animation>
 </tile>
 <tile id="85">
  <properties>
   <property name="kind" value="office_chair"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="kind" value="water_cooler"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="kind" value="office_plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="kind" value="printer"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="kind" value="filing_cabinet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="kind" value="lobby_sofa_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="kind" value="lobby_sofa_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="kind" value="student_desk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="kind" value="school_chair"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="kind" value="teacher_desk_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="kind" value="teacher_desk_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="kind" value="gym_bench"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="kind" value="basketball"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="kind" value="gym_hoop"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="kind" value="hospital_bed_head"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="kind" value="hospital_bed_foot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="kind" value="hospital_bed_head_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="kind" value="iv_stand"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="kind" value="heart_monitor"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="198" duration="300"/>
   <frame tileid="199" duration="300"/>
   <frame tileid="200" duration="300"/>
  </animation>
 </tile>
 <tile id="117">
  <properties>
   <property name="kind" value="curtain_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="kind" value="curtain_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="kind" value="nurse_station_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="kind" value="nurse_station_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="kind" value="med_cart"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="kind" value="visitor_chair"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="kind" value="banner_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="kind" value="banner_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="kind" value="banner_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="kind" value="banner_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="kind" value="hall_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="kind" value="rest_pod_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="208" duration="350"/>
   <frame tileid="210" duration="300"/>
   <frame tileid="212" duration="450"/>
   <frame tileid="210" duration="300"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="kind" value="rest_pod_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="209" duration="350"/>
   <frame tileid="211" duration="300"/>
   <frame tileid="213" duration="450"/>
   <frame tileid="211" duration="300"/>
  </animation>
 </tile>
 <tile id="130">
  <properties>
   <property name="kind" value="power_cabinet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="kind" value="lectern"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="kind" value="speaker_stack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="kind" value="spotlight"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="kind" value="velvet_rope"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="kind" value="hall_speaker"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="kind" value="carpet_marble_se"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="kind" value="carpet_marble_sw"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="kind" value="carpet_marble_ne"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="kind" value="carpet_marble_nw"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="kind" value="carpet_marble_s"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="kind" value="carpet_marble_n"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="kind" value="carpet_marble_e"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="kind" value="carpet_marble_w"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="kind" value="carpet_marble_not_nw"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="kind" value="carpet_marble_not_ne"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="kind" value="carpet_marble_not_sw"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="kind" value="carpet_marble_not_se"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="kind" value="carpet_marble_ne_sw"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="kind" value="carpet_marble_nw_se"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="kind" value="ward_lino_se"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="kind" value="ward_lino_sw"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="kind" value="ward_lino_ne"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="kind" value="ward_lino_nw"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="kind" value="ward_lino_s"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="kind" value="ward_lino_n"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="kind" value="ward_lino_e"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="kind" value="ward_lino_w"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="kind" value="ward_lino_not_nw"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="kind" value="ward_lino_not_ne"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="kind" value="ward_lino_not_sw"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="kind" value="ward_lino_not_se"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="kind" value="ward_lino_ne_sw"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="kind" value="ward_lino_nw_se"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="kind" value="consulting_chair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="kind" value="letter_bureau"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="kind" value="photo_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="civic_floors" type="corner" tile="-1">
   <wangcolor name="marble" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="carpet" color="#30c0ff" tile="-1" probability="1"/>
   <wangcolor name="lino" color="#ffd030" tile="-1" probability="1"/>
   <wangcolor name="ward" color="#40e070" tile="-1" probability="1"/>
   <wangcolor name="hall" color="#c060ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="2" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="3" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="5" wangid="0,3,0,3,0,3,0,3"/>
   <wangtile tileid="9" wangid="0,4,0,4,0,4,0,4"/>
   <wangtile tileid="11" wangid="0,5,0,5,0,5,0,5"/>
   <wangtile tileid="24" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="25" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="26" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="27" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="144" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="145" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="146" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="147" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="148" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="149" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="150" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="151" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="152" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="153" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="154" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="155" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="156" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="157" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="160" wangid="0,3,0,4,0,3,0,3"/>
   <wangtile tileid="161" wangid="0,3,0,3,0,4,0,3"/>
   <wangtile tileid="162" wangid="0,4,0,3,0,3,0,3"/>
   <wangtile tileid="163" wangid="0,3,0,3,0,3,0,4"/>
   <wangtile tileid="164" wangid="0,3,0,4,0,4,0,3"/>
   <wangtile tileid="165" wangid="0,4,0,3,0,3,0,4"/>
   <wangtile tileid="166" wangid="0,4,0,4,0,3,0,3"/>
   <wangtile tileid="167" wangid="0,3,0,3,0,4,0,4"/>
   <wangtile tileid="168" wangid="0,4,0,4,0,4,0,3"/>
   <wangtile tileid="169" wangid="0,3,0,4,0,4,0,4"/>
   <wangtile tileid="170" wangid="0,4,0,4,0,3,0,4"/>
   <wangtile tileid="171" wangid="0,4,0,3,0,4,0,4"/>
   <wangtile tileid="172" wangid="0,4,0,3,0,4,0,3"/>
   <wangtile tileid="173" wangid="0,3,0,4,0,3,0,4"/>
  </wangset>
  <wangset name="office_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="24" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="25" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="26" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="27" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="34" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="36" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="38" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="40" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="42" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="44" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="48" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="49" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="50" wangid="0,1,0,2,0,2,0,2"/>
  </wangset>
  <wangset name="school_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="5" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="34" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="36" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="38" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="40" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="42" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="44" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="51" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="52" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="53" wangid="0,1,0,2,0,2,0,2"/>
  </wangset>
  <wangset name="ward_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="9" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="34" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="36" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="38" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="40" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="42" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="44" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="54" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="55" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="56" wangid="0,1,0,2,0,2,0,2"/>
  </wangset>
  <wangset name="hall_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="11" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="34" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="36" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="38" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="40" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="42" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="44" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="57" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="58" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="59" wangid="0,1,0,2,0,2,0,2"/>
  </wangset>
 </wangsets>
</tileset>
